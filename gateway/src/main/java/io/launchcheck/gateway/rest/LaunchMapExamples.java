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
              "notChecked": [
                {"ruleId": "eu-ai-act-art5-prohibited-practices", "kind": "PROHIBITED_PRACTICE", "severity": "BLOCKING",
                 "jurisdiction": "EU", "effectiveFrom": "2025-02-02",
                 "message": "EU AI Act: prohibited AI practices (social scoring, manipulation, crime prediction by profiling, facial image scraping, emotion recognition at work or school, sensitive biometric categorisation)",
                 "needs": ["useCases"],
                 "useCases": ["EMOTION_RECOGNITION_AT_WORK_OR_SCHOOL", "SENSITIVE_BIOMETRIC_CATEGORISATION",
                   "FACIAL_IMAGE_SCRAPING", "SOCIAL_SCORING", "MANIPULATIVE_TECHNIQUES", "CRIME_RISK_PREDICTION"],
                 "roles": [],
                 "legalBasis": "Regulation (EU) 2024/1689 (AI Act) Art. 5(1)(a)-(g), applicable from 2 February 2025 (Art. 113(a), Chapters I and II)",
                 "sourceUrl": "https://artificialintelligenceact.eu/assessment/eu-ai-act-compliance-checker", "confidence": "HIGH",
                 "targets": ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
                   "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"]},
                {"ruleId": "eu-ai-act-art4-ai-literacy", "kind": "OBLIGATION", "severity": "WARNING", "jurisdiction": "EU",
                 "effectiveFrom": "2025-02-02", "message": "EU AI Act: providers and deployers must ensure AI literacy of their staff",
                 "needs": ["role"], "useCases": [], "roles": ["PROVIDER", "DEPLOYER"],
                 "legalBasis": "Regulation (EU) 2024/1689 (AI Act) Art. 4, applicable from 2 February 2025 (Art. 113(a))",
                 "sourceUrl": "https://aiactregistration.com/eu-ai-act-registration-deadline-2026.html", "confidence": "HIGH",
                 "targets": ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
                   "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"]}
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
