package io.launchcheck.gateway.rest;

/** Worked examples shown in the OpenAPI document: DeepSeek's API used in Italy, Texas and Korea. */
final class Examples {

    private Examples() {
    }

    static final String PROFILE = """
            {
              "app": {"name": "acme-assistant", "vendor": "DeepSeek", "model": "deepseek-r1", "originCountry": "CN"},
              "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]},
              "processesPersonalData": true,
              "targets": [
                {"jurisdiction": "IT", "segments": ["CONSUMER"]},
                {"jurisdiction": "US-TX", "segments": ["GOVERNMENT"]},
                {"jurisdiction": "KR", "segments": ["STATE_OWNED_ENTERPRISE"], "sectors": ["ENERGY"]}
              ],
              "asOf": "2025-03-01"
            }
            """;

    static final String HIRING_PROFILE = """
            {
              "app": {"name": "hiring-screen", "vendor": "Meta", "model": "meta-llama/Llama-3.1-8B-Instruct"},
              "hosting": {"mode": "SELF_HOSTED", "dataCountries": ["DE"]},
              "processesPersonalData": true,
              "targets": [{"jurisdiction": "EU", "segments": ["ENTERPRISE"]}],
              "asOf": "2026-12-01",
              "useCases": ["EMPLOYMENT"],
              "role": "DEPLOYER"
            }
            """;

    static final String UNKNOWN_USE_CASE = """
            {"type": "https://launchcheck.io/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "useCases[0]: unknown value 'HIRING'; expected one of CONVERSATIONAL_ASSISTANT, CONTENT_GENERATION, ...",
             "instance": "/api/v1/assessments",
             "errors": [{"field": "useCases[0]", "message": "unknown value 'HIRING'; expected one of CONVERSATIONAL_ASSISTANT, CONTENT_GENERATION, ..."}]}
            """;

    private static final String RESULTS = """
              "results": [
                {"jurisdiction": "IT", "verdict": "NON_COMPLIANT",
                 "findings": [{"ruleId": "it-garante-deepseek-block", "kind": "NATIONWIDE_BAN", "severity": "BLOCKING",
                   "status": "IN_FORCE", "jurisdiction": "IT", "organization": null,
                   "message": "Italy's data protection authority ordered DeepSeek's service blocked for Italian users",
                   "why": ["vendor 'DeepSeek' is deepseek", "hosting mode VENDOR_API is covered", "segment CONSUMER is covered"],
                   "legalBasis": "Garante per la protezione dei dati personali, provvedimento 30 gennaio 2025",
                   "authority": "Garante per la protezione dei dati personali",
                   "sourceUrl": "https://www.garanteprivacy.it/", "remediation": "Self-host the open weights in the EU",
                   "confidence": "HIGH", "effectiveFrom": "2025-01-30", "effectiveTo": null}],
                 "upcoming": [],
                 "advice": [{"changes": [{"lever": "SELF_HOST", "field": "hosting.mode", "value": "SELF_HOSTED",
                               "summary": "Run the model on your own servers instead of the vendor's API"}],
                             "verdict": "COMPLIANT", "clears": ["it-garante-deepseek-block"], "adds": []}]},
                {"jurisdiction": "US-TX", "verdict": "NON_COMPLIANT",
                 "findings": [{"ruleId": "us-tx-government-devices-deepseek-ban", "kind": "GOVERNMENT_DEVICE_BAN",
                   "severity": "BLOCKING", "status": "IN_FORCE", "jurisdiction": "US-TX", "organization": null,
                   "message": "Texas bans DeepSeek on state government devices",
                   "why": ["vendor 'DeepSeek' is deepseek", "segment GOVERNMENT is covered"],
                   "legalBasis": "Governor of Texas, directive of 28 January 2025", "authority": "Office of the Texas Governor",
                   "sourceUrl": "https://gov.texas.gov/", "remediation": "Do not offer the app to Texas state agencies",
                   "confidence": "HIGH", "effectiveFrom": "2025-01-28", "effectiveTo": null}],
                 "upcoming": []},
                {"jurisdiction": "KR", "verdict": "NEEDS_REVIEW",
                 "findings": [{"ruleId": "kr-pipc-deepseek-download-suspension", "kind": "DOWNLOAD_SUSPENSION",
                   "severity": "WARNING", "status": "IN_FORCE", "jurisdiction": "KR", "organization": null,
                   "message": "New downloads of DeepSeek's app are suspended in Korea pending a privacy review",
                   "why": ["vendor 'DeepSeek' is deepseek"], "legalBasis": "PIPC announcement of 17 February 2025",
                   "authority": "Personal Information Protection Commission", "sourceUrl": "https://www.pipc.go.kr/",
                   "remediation": "Follow the PIPC review", "confidence": "HIGH",
                   "effectiveFrom": "2025-02-15", "effectiveTo": null}],
                 "upcoming": []}
              ],
            """;

    private static final String STORED_PROFILE = """
              "profile": {"app": {"name": "acme-assistant", "vendor": "DeepSeek", "model": "deepseek-r1", "originCountry": "CN"},
                "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]}, "processesPersonalData": true,
                "targets": [{"jurisdiction": "IT", "segments": ["CONSUMER"], "sectors": [], "organizations": []},
                  {"jurisdiction": "US-TX", "segments": ["GOVERNMENT"], "sectors": [], "organizations": []},
                  {"jurisdiction": "KR", "segments": ["STATE_OWNED_ENTERPRISE"], "sectors": ["ENERGY"], "organizations": []}],
                "asOf": "2025-03-01"}
            """;

    static final String ASSESSMENT = """
            {
              "id": "6f1c2a7e-1d2b-4c1e-9a51-0c6f5d3b2e10", "overall": "NON_COMPLIANT", "asOf": "2025-03-01",
              "rulesetVersion": 42, "evaluatedAt": "2025-03-01T10:00:00Z", "app": "acme-assistant",
            """ + RESULTS + STORED_PROFILE + """
              ,"ruleset": {"version": 42, "changedAt": "2025-02-28T16:05:11Z", "stale": false,
                "confirmedAt": "2025-03-01T09:59:59.800Z"}
            }""";

    static final String REEVALUATION = """
            {"rulesetVersion": 41}
            """;

    static final String REEVALUATED = """
            {
              "id": "0b7d4f1a-55e3-4c2b-8f0e-3a9d1c6e7b24", "overall": "NON_COMPLIANT", "asOf": "2025-03-01",
              "rulesetVersion": 41, "evaluatedAt": "2025-03-02T09:30:00Z", "app": "acme-assistant",
            """ + RESULTS + STORED_PROFILE + """
              ,"reevaluatedFrom": "6f1c2a7e-1d2b-4c1e-9a51-0c6f5d3b2e10",
              "changes": {
                "previous": "6f1c2a7e-1d2b-4c1e-9a51-0c6f5d3b2e10",
                "rulesetVersion": {"before": 42, "after": 41, "changed": true},
                "asOf": {"before": "2025-03-01", "after": "2025-03-01", "changed": false},
                "overall": {"before": "NON_COMPLIANT", "after": "NON_COMPLIANT", "changed": false},
                "jurisdictions": [
                  {"jurisdiction": "IT", "before": "NON_COMPLIANT", "after": "NON_COMPLIANT", "changed": false,
                   "findingsAdded": [], "findingsRemoved": [], "upcomingAdded": [], "upcomingRemoved": []},
                  {"jurisdiction": "US-TX", "before": "NON_COMPLIANT", "after": "NON_COMPLIANT", "changed": false,
                   "findingsAdded": [], "findingsRemoved": [], "upcomingAdded": [], "upcomingRemoved": []},
                  {"jurisdiction": "KR", "before": "NEEDS_REVIEW", "after": "NEEDS_REVIEW", "changed": false,
                   "findingsAdded": [], "findingsRemoved": [], "upcomingAdded": [], "upcomingRemoved": []}
                ]
              },
              "ruleset": {"version": 41, "changedAt": "2025-02-20T11:42:03Z", "stale": false}
            }
            """;

    static final String PAGE = """
            {"items": [{"id": "6f1c2a7e-1d2b-4c1e-9a51-0c6f5d3b2e10", "app": "acme-assistant", "overall": "NON_COMPLIANT",
              "asOf": "2025-03-01", "rulesetVersion": 42, "evaluatedAt": "2025-03-01T10:00:00Z", "reevaluatedFrom": null,
              "href": "/api/v1/assessments/6f1c2a7e-1d2b-4c1e-9a51-0c6f5d3b2e10", "team": "acme"}],
             "page": 0, "size": 20, "total": 1}
            """;

    static final String UNKNOWN_JURISDICTION = """
            {"type": "https://launchcheck.io/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "targets[1].jurisdiction: unknown jurisdiction 'XX'", "instance": "/api/v1/assessments",
             "errors": [{"field": "targets[1].jurisdiction", "message": "unknown jurisdiction 'XX'"}]}
            """;

    static final String BAD_LIST_FILTER = """
            {"type": "https://launchcheck.io/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "verdict: unknown value 'GREEN'; expected one of COMPLIANT, NEEDS_REVIEW, NON_COMPLIANT",
             "instance": "/api/v1/assessments",
             "errors": [{"field": "verdict", "message": "unknown value 'GREEN'; expected one of COMPLIANT, NEEDS_REVIEW, NON_COMPLIANT"}]}
            """;

    static final String NOT_FOUND = """
            {"type": "https://launchcheck.io/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No assessment with id 6f1c2a7e-1d2b-4c1e-9a51-0c6f5d3b2e10",
             "instance": "/api/v1/assessments/6f1c2a7e-1d2b-4c1e-9a51-0c6f5d3b2e10"}
            """;

    static final String TOO_LARGE = """
            {"type": "https://launchcheck.io/problems/request-entity-too-large", "title": "Request Entity Too Large",
             "status": 413, "detail": "The request body exceeds 256 KiB", "instance": "/api/v1/assessments"}
            """;

    static final String UNSUPPORTED = """
            {"type": "https://launchcheck.io/problems/unsupported-media-type", "title": "Unsupported Media Type",
             "status": 415, "detail": "Unsupported Media Type", "instance": "/api/v1/assessments"}
            """;

    static final String UNAVAILABLE = """
            {"type": "https://launchcheck.io/problems/service-unavailable", "title": "Service unavailable", "status": 503,
             "detail": "No verdict could be obtained from the rules-service; nothing was stored. Try again later.",
             "instance": "/api/v1/assessments"}
            """;
}
