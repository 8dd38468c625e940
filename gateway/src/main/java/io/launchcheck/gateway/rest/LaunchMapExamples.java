package io.launchcheck.gateway.rest;

/** Worked examples of launch maps shown in the OpenAPI document: DeepSeek's API in the EU and in the world. */
final class LaunchMapExamples {

    private LaunchMapExamples() {
    }

    static final String REQUEST = """
            {
              "app": {"name": "acme-assistant", "vendor": "DeepSeek", "model": "deepseek-r1"},
              "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]},
              "processesPersonalData": true,
              "segments": ["CONSUMER", "GOVERNMENT"],
              "scope": {"kind": "WORLD", "subdivisionsOf": ["US"]},
              "asOf": "2025-03-01"
            }
            """;

    static final String BLOC_REQUEST = """
            {
              "app": {"name": "acme-assistant", "vendor": "DeepSeek"},
              "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]},
              "segments": ["CONSUMER"],
              "scope": {"kind": "BLOC", "bloc": "EU"}
            }
            """;

    static final String LAUNCH_MAP = """
            {
              "id": "3c9e1f0a-7b2d-4e55-9f11-2a4b6c8d0e12",
              "scope": {"kind": "BLOC", "bloc": "EU", "subdivisionsOf": []},
              "overall": "NON_COMPLIANT",
              "totals": {"targets": 27, "compliant": 22, "needsReview": 3, "nonCompliant": 2},
              "asOf": "2025-03-01", "rulesetVersion": 42, "evaluatedAt": "2025-03-01T10:00:00Z", "app": "acme-assistant",
              "results": [
                {"jurisdiction": "AT", "verdict": "COMPLIANT", "findings": [], "upcoming": []},
                {"jurisdiction": "IT", "verdict": "NON_COMPLIANT",
                 "findings": [{"ruleId": "it-garante-deepseek-processing-block", "kind": "NATIONWIDE_BAN",
                   "severity": "BLOCKING", "status": "IN_FORCE", "jurisdiction": "IT", "organization": null,
                   "message": "Italy: the Garante ordered DeepSeek to stop processing Italian users' data",
                   "why": ["The rule is one of IT's own", "Hosting mode VENDOR_API is covered"],
                   "legalBasis": "Garante per la protezione dei dati personali, provvedimento 30 gennaio 2025",
                   "authority": "Garante per la protezione dei dati personali", "sourceUrl": "https://www.garanteprivacy.it/",
                   "remediation": "Self-host the open weights in the EU", "confidence": "HIGH",
                   "effectiveFrom": "2025-01-30", "effectiveTo": null}],
                 "upcoming": [],
                 "advice": [
                   {"changes": [{"lever": "SELF_HOST", "field": "hosting.mode", "value": "SELF_HOSTED",
                                 "summary": "Run the model on your own servers instead of the vendor's API"}],
                    "verdict": "COMPLIANT", "clears": ["it-garante-deepseek-processing-block"], "adds": []},
                   {"changes": [{"lever": "OTHER_MODEL", "field": "app.model", "value": "llama",
                                 "summary": "Use Llama (developed by Meta) instead"}],
                    "verdict": "COMPLIANT", "clears": ["it-garante-deepseek-processing-block"], "adds": []}]}
              ],
              "launchMap": {"app": {"name": "acme-assistant", "vendor": "DeepSeek"},
                "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]}, "processesPersonalData": true,
                "segments": ["CONSUMER"], "sectors": [], "organizations": [],
                "scope": {"kind": "BLOC", "bloc": "EU", "subdivisionsOf": []}, "asOf": "2025-03-01"},
              "ruleset": {"version": 42, "changedAt": "2025-02-28T16:05:11Z", "stale": false,
                "confirmedAt": "2025-03-01T09:59:59.800Z"}
            }""";

    static final String PAGE = """
            {"items": [{"id": "3c9e1f0a-7b2d-4e55-9f11-2a4b6c8d0e12", "app": "acme-assistant", "scope": "BLOC",
              "overall": "NON_COMPLIANT", "totals": {"targets": 27, "compliant": 22, "needsReview": 3, "nonCompliant": 2},
              "asOf": "2025-03-01", "rulesetVersion": 42, "evaluatedAt": "2025-03-01T10:00:00Z",
              "href": "/api/v1/launch-maps/3c9e1f0a-7b2d-4e55-9f11-2a4b6c8d0e12", "team": "acme"}],
             "page": 0, "size": 20, "total": 1}
            """;

    static final String UNKNOWN_BLOC = """
            {"type": "https://launchcheck.io/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "scope.bloc: unknown bloc 'XX'; expected a bloc of the registry such as EU",
             "instance": "/api/v1/launch-maps",
             "errors": [{"field": "scope.bloc", "message": "unknown bloc 'XX'; expected a bloc of the registry such as EU"}]}
            """;

    static final String NOT_FOUND = """
            {"type": "https://launchcheck.io/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No launch map with id 3c9e1f0a-7b2d-4e55-9f11-2a4b6c8d0e12",
             "instance": "/api/v1/launch-maps/3c9e1f0a-7b2d-4e55-9f11-2a4b6c8d0e12"}
            """;

    static final String UNAVAILABLE = """
            {"type": "https://launchcheck.io/problems/service-unavailable", "title": "Service unavailable", "status": 503,
             "detail": "No verdict could be obtained from the rules-service; nothing was stored. Try again later.",
             "instance": "/api/v1/launch-maps"}
            """;
}
