package io.launchcheck.rules.domain;

/** How a jurisdiction with rules is related to a target, and so why its rules reach the target. */
public enum Relation {
    /** The target itself. */
    SELF,
    /** The target is a subdivision; this is its country. */
    COUNTRY,
    /** The target (or the target's country) is a member of this bloc. */
    BLOC,
    /** The target is a country; this is one of its subdivisions. */
    SUBDIVISION,
    /** The target is a bloc; this is a member country or a subdivision of one. */
    MEMBER
}
