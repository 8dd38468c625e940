package io.launchcheck.registry.rest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;

import io.launchcheck.api.problem.ProblemException;

/**
 * Entity tags are the version in quotes ({@code "3"}). {@code If-Match} is required on every change of an existing
 * rule or vendor; {@code W/"3"}, {@code "3"} and {@code 3} are read alike, and {@code *} matches any version.
 */
final class ETags {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*");

    private ETags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an {@code If-Match} header asks for; null for {@code *}.
     *
     * @throws ProblemException 428 when the header is missing, 412 when it names no version
     */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(
                    "If-Match is required: send the ETag of the version you read (e.g. If-Match: \"3\")");
        }
        if (ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher matcher = TAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw ProblemException.preconditionFailed("If-Match '" + ifMatch.strip() + "' names no version; send the ETag you read");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Whether an {@code If-None-Match} header (a list of tags, or *) names this version. */
    static boolean noneMatchHits(String ifNoneMatch, long version) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            if (tag.strip().equals("*")) {
                return true;
            }
            Matcher matcher = TAG.matcher(tag);
            if (matcher.matches() && Long.parseLong(matcher.group(1)) == version) {
                return true;
            }
        }
        return false;
    }
}
