package io.launchcheck.registry.domain;

/** What a history row records. */
public enum ChangeAction {
    CREATED,
    UPDATED,
    DELETED
}
