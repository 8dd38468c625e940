package io.launchcheck.gateway.rest;

/** Example bodies of the rule-impact operations for the OpenAPI document. */
final class ImpactExamples {

    private ImpactExamples() {
    }

    static final String PREVIEW_REQUEST = """
            {"drafts": ["7d4f2a9e-3c1b-4e8a-9f6d-2b5c8e1a0f37"], "asOf": "2026-12-01"}
            """;

    private static final String IMPACT = """
            {"rulesetVersion": 42, "drafts": ["7d4f2a9e-3c1b-4e8a-9f6d-2b5c8e1a0f37"], "asOf": "2026-12-01",
             "assessments": 3, "judged": 2, "unaffected": 1, "changedVerdicts": 2,
             "groups": [
               {"team": "acme", "jurisdiction": "IT", "count": 1,
                "transitions": [{"before": "COMPLIANT", "after": "NON_COMPLIANT", "count": 1}]},
               {"team": "globex", "jurisdiction": "IT", "count": 1,
                "transitions": [{"before": "NEEDS_REVIEW", "after": "NON_COMPLIANT", "count": 1}]}],
             "changes": [
               {"assessmentId": "0b7e5c1d-2f4a-4c3e-8d9b-6a1f0e2c3d4b", "team": "acme", "app": "acme-assistant",
                "jurisdiction": "IT", "before": "COMPLIANT", "after": "NON_COMPLIANT", "rules": ["it-garante-deepseek-block"]},
               {"assessmentId": "5e2d8c4a-9b1f-4a7e-b3c6-1d0f2e4a6b8c", "team": "globex", "app": "globex-search",
                "jurisdiction": "IT", "before": "NEEDS_REVIEW", "after": "NON_COMPLIANT", "rules": ["it-garante-deepseek-block"]}],
             "unjudged": []}
            """;

    static final String PREVIEW = IMPACT;

    static final String PUBLICATION_REQUEST = """
            {"drafts": ["7d4f2a9e-3c1b-4e8a-9f6d-2b5c8e1a0f37"], "reason": "Garante order of 2026-12-01"}
            """;

    static final String PUBLICATION = """
            {"publication": {"rulesetVersion": 43, "publishedBy": "officer@example.org",
                             "publishedAt": "2026-12-01T10:00:00Z", "drafts": ["7d4f2a9e-3c1b-4e8a-9f6d-2b5c8e1a0f37"],
                             "rules": ["it-garante-deepseek-block"]},
             "impact":
            """ + IMPACT + "}";

    static final String UNKNOWN_DRAFT = """
            {"type": "https://launchcheck.io/problems/unprocessable-request", "title": "Unprocessable request",
             "status": 422, "detail": "drafts: no draft 7d4f2a9e-3c1b-4e8a-9f6d-2b5c8e1a0f37",
             "instance": "/api/v1/impact-previews",
             "errors": [{"field": "drafts", "message": "no draft 7d4f2a9e-3c1b-4e8a-9f6d-2b5c8e1a0f37"}]}
            """;

    static final String DRAFT_NOT_OPEN = """
            {"type": "https://launchcheck.io/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "draft 7d4f2a9e-3c1b-4e8a-9f6d-2b5c8e1a0f37 is PUBLISHED, not OPEN",
             "instance": "/api/v1/rule-publications",
             "errors": [{"field": "drafts[0]", "message": "draft 7d4f2a9e-3c1b-4e8a-9f6d-2b5c8e1a0f37 is PUBLISHED, not OPEN"}]}
            """;

    static final String REGISTRY_UNAVAILABLE = """
            {"type": "https://launchcheck.io/problems/service-unavailable", "title": "Service unavailable", "status": 503,
             "detail": "The registry could not be reached; nothing was previewed or published. Try again later.",
             "instance": "/api/v1/impact-previews"}
            """;
}
