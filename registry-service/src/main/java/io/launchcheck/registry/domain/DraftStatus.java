package io.launchcheck.registry.domain;

/** A draft is OPEN until it is PUBLISHED (applied to the registry) or DISCARDED. */
public enum DraftStatus {
    OPEN, PUBLISHED, DISCARDED
}
