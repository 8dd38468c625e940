package io.launchcheck.registry.service;

/** A catalog entry with its own revision, which its ETag carries. */
public record Versioned<T>(T entry, long version) {
}
