package io.launchcheck.gateway.rest;

/**
 * The names of the OpenAPI responses many operations share, declared once in {@code package-info.java} and referred
 * to with {@code @APIResponse(responseCode = ..., ref = ApiDocs.X)}. 401 and 403 need no name: {@code ContractFilter}
 * adds them to every secured operation.
 */
final class ApiDocs {

    /** 503: the gateway's database cannot be reached, with Retry-After. */
    static final String DATABASE_DOWN = "DatabaseDown";
    /** 503: no verdict for every target (or the database down), nothing stored, with Retry-After. */
    static final String NOT_JUDGED = "NotJudged";
    /** 503: the registry or the gateway's database cannot be reached (impact preview, publication), with Retry-After. */
    static final String REGISTRY_DOWN = "RegistryDown";
    /** 404: the test clock is off (launchcheck.clock.test-endpoint=false). */
    static final String TEST_CLOCK_OFF = "TestClockOff";
    /** 413: a body larger than quarkus.http.limits.max-body-size. */
    static final String TOO_LARGE = "TooLarge";
    /** 415: a body that is not application/json. */
    static final String NOT_JSON = "NotJson";

    private ApiDocs() {
    }
}
