package io.launchcheck.registry.rest;

/**
 * The names of the responses declared once as OpenAPI components in {@code package-info.java}, for the operations
 * that answer them the same way (the vendors' and the model catalog's create and replace); an operation refers to one
 * with {@code @APIResponse(responseCode = ..., ref = SharedResponses....)}.
 */
final class SharedResponses {

    /** 400: the body is not valid, the offending fields named. */
    static final String INVALID_BODY = "InvalidBody";

    /** 428: a replace without If-Match. */
    static final String IF_MATCH_MISSING = "IfMatchMissing";

    private SharedResponses() {
    }
}
