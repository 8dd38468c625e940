package io.launchcheck.registry.domain;

/** What publishing a draft does to its rule: create or replace it (UPSERT), or delete it. */
public enum DraftAction {
    UPSERT, DELETE
}
