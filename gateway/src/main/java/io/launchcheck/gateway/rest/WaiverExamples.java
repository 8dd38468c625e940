package io.launchcheck.gateway.rest;

/** Worked examples of the waiver, feed and webhook API shown in the OpenAPI document. */
final class WaiverExamples {

    private WaiverExamples() {
    }

    static final String REQUEST = """
            {"ruleId": "it-garante-deepseek-block", "jurisdiction": "IT", "app": "acme-assistant",
             "justification": "Inference runs on EU servers under the Garante's written approval of 2025-02-14",
             "reference": "Garante prot. 12345/2025", "expiresAt": "2026-06-30T00:00:00Z"}
            """;

    private static final String HISTORY_REQUESTED = """
             {"action": "REQUESTED", "actor": "dev@payments.example.org", "at": "2026-01-10T09:00:00Z",
              "comment": null, "expiresAt": "2026-06-30T00:00:00Z"}""";

    static final String REQUESTED = """
            {"id": "3b6c1f9e-2a4d-4e8b-9c1a-5d7e2f3a4b6c", "ruleId": "it-garante-deepseek-block", "jurisdiction": "IT",
             "app": "acme-assistant", "team": "payments", "status": "REQUESTED",
             "justification": "Inference runs on EU servers under the Garante's written approval of 2025-02-14",
             "reference": "Garante prot. 12345/2025", "requestedExpiresAt": "2026-06-30T00:00:00Z", "expiresAt": null,
             "requestedBy": "dev@payments.example.org", "requestedAt": "2026-01-10T09:00:00Z", "approvedBy": null,
             "decidedBy": null, "decidedAt": null, "revokedBy": null, "revokedAt": null,
             "history": [""" + HISTORY_REQUESTED + "]}";

    static final String APPROVED = """
            {"id": "3b6c1f9e-2a4d-4e8b-9c1a-5d7e2f3a4b6c", "ruleId": "it-garante-deepseek-block", "jurisdiction": "IT",
             "app": "acme-assistant", "team": "payments", "status": "APPROVED",
             "justification": "Inference runs on EU servers under the Garante's written approval of 2025-02-14",
             "reference": "Garante prot. 12345/2025", "requestedExpiresAt": "2026-06-30T00:00:00Z",
             "expiresAt": "2026-03-31T00:00:00Z", "requestedBy": "dev@payments.example.org",
             "requestedAt": "2026-01-10T09:00:00Z", "approvedBy": "officer@example.org",
             "decidedBy": "officer@example.org", "decidedAt": "2026-01-11T14:30:00Z", "revokedBy": null,
             "revokedAt": null,
             "history": [""" + HISTORY_REQUESTED + """
            ,
             {"action": "APPROVED", "actor": "officer@example.org", "at": "2026-01-11T14:30:00Z",
              "comment": "Letter checked; shortened to the end of the quarter", "expiresAt": "2026-03-31T00:00:00Z"}]}
            """;

    static final String PAGE = "{\"items\": [" + REQUESTED + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    static final String APPROVAL = """
            {"comment": "Letter checked; shortened to the end of the quarter", "expiresAt": "2026-03-31T00:00:00Z"}
            """;

    static final String REVOCATION = """
            {"comment": "The Garante withdrew its approval"}
            """;

    static final String NOT_FOUND = """
            {"type": "https://launchcheck.io/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No waiver with id 3b6c1f9e-2a4d-4e8b-9c1a-5d7e2f3a4b6c",
             "instance": "/api/v1/waivers/3b6c1f9e-2a4d-4e8b-9c1a-5d7e2f3a4b6c"}
            """;

    static final String FOUR_EYES = """
            {"type": "https://launchcheck.io/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "Four eyes: a waiver is decided by a compliance officer other than its requester; you requested this one and cannot approve it",
             "instance": "/api/v1/waivers/3b6c1f9e-2a4d-4e8b-9c1a-5d7e2f3a4b6c/approve"}
            """;

    static final String NOT_REQUESTED = """
            {"type": "https://launchcheck.io/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Only a requested waiver can be decided; this one is APPROVED",
             "instance": "/api/v1/waivers/3b6c1f9e-2a4d-4e8b-9c1a-5d7e2f3a4b6c/approve"}
            """;

    static final String TOO_LONG = """
            {"type": "https://launchcheck.io/problems/unprocessable-request", "title": "Unprocessable request", "status": 422,
             "detail": "expiresAt: may lie at most 365 days ahead (launchcheck.waivers.max-days), that is until 2027-01-10T09:00:00Z",
             "instance": "/api/v1/waivers",
             "errors": [{"field": "expiresAt", "message": "may lie at most 365 days ahead (launchcheck.waivers.max-days), that is until 2027-01-10T09:00:00Z"}]}
            """;

    static final String MISSING_EXPIRY = """
            {"type": "https://launchcheck.io/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "expiresAt: must not be null", "instance": "/api/v1/waivers",
             "errors": [{"field": "expiresAt", "message": "must not be null"}]}
            """;

    static final String FEED_ITEM = """
            {"id": "8d2e4f6a-1b3c-4d5e-8f9a-0b1c2d3e4f5a", "team": "payments", "app": "acme-assistant",
             "assessmentId": "6f1c2a7e-1d2b-4c1e-9a51-0c6f5d3b2e10", "cause": "WAIVER_EXPIRED",
             "waiverId": "3b6c1f9e-2a4d-4e8b-9c1a-5d7e2f3a4b6c", "rulesetVersion": 42,
             "rules": ["it-garante-deepseek-block"], "overallBefore": "COMPLIANT", "overallAfter": "NON_COMPLIANT",
             "jurisdictions": [{"jurisdiction": "IT", "before": "COMPLIANT", "after": "NON_COMPLIANT"}],
             "createdAt": "2026-03-31T00:01:00Z"}""";

    static final String FEED = "{\"items\": [" + FEED_ITEM + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    static final String WEBHOOK_REGISTRATION = """
            {"url": "https://ci.example.org/hooks/launchcheck", "secret": "a-long-random-shared-secret"}
            """;

    static final String WEBHOOK = """
            {"team": "payments", "url": "https://ci.example.org/hooks/launchcheck",
             "updatedBy": "dev@payments.example.org", "updatedAt": "2026-01-10T09:05:00Z"}
            """;

    static final String DELIVERIES = """
            {"items": [{"id": "c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f", "team": "payments",
              "feedItemId": "8d2e4f6a-1b3c-4d5e-8f9a-0b1c2d3e4f5a", "url": "https://ci.example.org/hooks/launchcheck",
              "status": "DELIVERED", "attempts": 2, "nextAttemptAt": null, "createdAt": "2026-03-31T00:01:00Z",
              "deliveredAt": "2026-03-31T00:01:10Z",
              "log": [{"at": "2026-03-31T00:01:00Z", "statusCode": 502, "error": "the receiver answered 502"},
                      {"at": "2026-03-31T00:01:10Z", "statusCode": 204, "error": null}]}],
             "page": 0, "size": 20, "total": 1}
            """;

    static final String NO_WEBHOOK = """
            {"type": "https://launchcheck.io/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Team payments has no webhook", "instance": "/api/v1/webhook"}
            """;

    static final String CLOCK = """
            {"offset": "PT720H", "now": "2026-02-09T09:00:00Z", "endsTold": 1}
            """;

    static final String CLOCK_OFF = """
            {"type": "https://launchcheck.io/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No such resource", "instance": "/api/v1/test-clock"}
            """;
}
