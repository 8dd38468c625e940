package io.launchcheck.gateway.rest;

import java.util.UUID;

import io.launchcheck.api.problem.ProblemException;

/** Ids in paths: a text that is no UUID names nothing, so it is a 404 like an unknown id, never a 400 or 500. */
final class PathIds {

    private PathIds() {
    }

    /** The UUID of a path id; a 404 "No {what} with id ..." when it is none. */
    static UUID uuid(String id, String what) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No " + what + " with id " + id);
        }
    }
}
