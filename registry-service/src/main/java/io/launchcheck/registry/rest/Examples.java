package io.launchcheck.registry.rest;

/** Example bodies for the OpenAPI document. */
final class Examples {

    private Examples() {
    }

    static final String RULE = """
            {"id": "it-garante-deepseek-block", "jurisdiction": "IT", "organization": null,
             "kind": "NATIONWIDE_BAN", "title": "Garante orders DeepSeek blocked in Italy",
             "subject": {"vendors": ["deepseek"], "apps": [], "originCountries": []},
             "segments": [], "sectors": [], "hostingModes": ["VENDOR_API"],
             "requirement": {"storageCountries": null, "allowedDestinations": null},
             "personalDataOnly": true, "severity": "BLOCKING", "status": "IN_FORCE",
             "effectiveFrom": "2025-01-30", "effectiveTo": null, "dateNote": null,
             "summary": "The Italian data protection authority ordered DeepSeek to stop processing Italians' data.",
             "legalBasis": "GDPR Art. 58(2)(f)", "authority": "Garante per la protezione dei dati personali",
             "sourceUrl": "https://www.garanteprivacy.it/", "sources": [],
             "remediation": "Self-host the open weights in the EU instead of calling DeepSeek's service.",
             "scope": null, "hostingRationale": "The order targets the vendor's service, not open weights run elsewhere.",
             "confidence": "HIGH", "reviewedOn": "2026-12-01", "version": 0,
             "tests": [{"name": "DeepSeek's API for consumers in Italy", "target": "IT", "verdict": "NON_COMPLIANT",
                        "matches": true, "profile": {"app": {"name": "DeepSeek", "vendor": "DeepSeek", "originCountry": "CN"},
                          "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]},
                          "targets": [{"jurisdiction": "IT", "segments": ["CONSUMER"]}], "asOf": "2025-02-01"}},
                       {"name": "open weights run by the team itself are not covered", "target": "IT", "matches": false,
                        "profile": {"app": {"name": "DeepSeek", "vendor": "DeepSeek", "originCountry": "CN"},
                          "hosting": {"mode": "SELF_HOSTED", "dataCountries": ["IT"]},
                          "targets": [{"jurisdiction": "IT", "segments": ["CONSUMER"]}], "asOf": "2025-02-01"}}]}
            """;

    static final String RULE_TEST_REPORT = """
            {"ruleId": "it-garante-deepseek-block", "rulesetVersion": 42, "passed": false, "total": 2, "failed": 1,
             "results": [
               {"name": "DeepSeek's API for consumers in Italy", "target": "IT", "passed": true,
                "expectedVerdict": "NON_COMPLIANT", "notVerdicts": [], "expectedMatches": true,
                "actualVerdict": "NON_COMPLIANT", "actualMatches": true,
                "decidingRules": ["it-garante-deepseek-block", "eu-gdpr-chapter-v-transfers"], "failures": []},
               {"name": "open weights run by the team itself are not covered", "target": "IT", "passed": false,
                "expectedVerdict": null, "notVerdicts": [], "expectedMatches": false,
                "actualVerdict": "NON_COMPLIANT", "actualMatches": true, "decidingRules": ["it-garante-deepseek-block"],
                "failures": ["expected rule it-garante-deepseek-block not to match for IT, it does"]}]}
            """;

    static final String RULE_TESTS_FAILED_PROBLEM = """
            {"type": "https://launchcheck.io/problems/rule-tests-failed", "title": "Rule tests failed", "status": 422,
             "detail": "1 rule test(s) failed; nothing was saved: tests[1]: rule it-garante-deepseek-block, test 'open weights run by the team itself are not covered': expected rule it-garante-deepseek-block not to match for IT, it does",
             "instance": "/api/v1/rules",
             "errors": [{"field": "tests[1]", "message": "rule it-garante-deepseek-block, test 'open weights run by the team itself are not covered': expected rule it-garante-deepseek-block not to match for IT, it does"}]}
            """;

    static final String RULE_TEST_COVERAGE = """
            {"rulesetVersion": 42, "rules": 75, "rulesWithTests": 74, "tests": 148,
             "rulesWithoutTests": ["us-tx-new-advisory"], "rulesWithoutMatchingTest": []}
            """;

    static final String DRAFT_REQUEST = """
            {"action": "UPSERT", "reason": "Garante widened the order to self-hosted deployments", "rule":
            """ + RULE + "}";

    static final String DRAFT = """
            {"id": "7d4f2a9e-3c1b-4e8a-9f6d-2b5c8e1a0f37", "ruleId": "it-garante-deepseek-block", "action": "UPSERT",
             "baseVersion": 3, "status": "OPEN", "reason": "Garante widened the order to self-hosted deployments",
             "createdBy": "officer@example.org", "createdAt": "2026-12-01T09:00:00Z", "closedBy": null,
             "closedAt": null, "rulesetVersion": null, "tests": null, "rule":
            """ + RULE + "}";

    static final String DRAFT_LIST = "[" + DRAFT + "]";

    static final String PUBLICATION_REQUEST = """
            {"drafts": ["7d4f2a9e-3c1b-4e8a-9f6d-2b5c8e1a0f37"], "reason": "Garante order of 2026-12-01"}
            """;

    static final String PUBLICATION = """
            {"rulesetVersion": 43, "publishedBy": "officer@example.org", "publishedAt": "2026-12-01T10:00:00Z",
             "drafts": ["7d4f2a9e-3c1b-4e8a-9f6d-2b5c8e1a0f37"], "rules": ["it-garante-deepseek-block"]}
            """;

    static final String DRAFT_CONFLICT_PROBLEM = """
            {"type": "https://launchcheck.io/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "rule it-garante-deepseek-block changed since draft 7d4f2a9e-3c1b-4e8a-9f6d-2b5c8e1a0f37 was saved (version 3, now version 4); save a new draft",
             "errors": [{"field": "drafts[0]", "message": "rule it-garante-deepseek-block changed since draft 7d4f2a9e-3c1b-4e8a-9f6d-2b5c8e1a0f37 was saved (version 3, now version 4); save a new draft"}]}
            """;

    static final String PREVIEW_REQUEST = """
            {"drafts": ["7d4f2a9e-3c1b-4e8a-9f6d-2b5c8e1a0f37"], "asOf": "2026-12-01",
             "profiles": [{"key": "0b7e5c1d-2f4a-4c3e-8d9b-6a1f0e2c3d4b", "profile":
               {"app": {"name": "acme-assistant", "vendor": "DeepSeek", "originCountry": "CN"},
                "hosting": {"mode": "SELF_HOSTED", "dataCountries": ["IT"]},
                "targets": [{"jurisdiction": "IT", "segments": ["CONSUMER"]}]}}]}
            """;

    static final String PREVIEW = """
            {"rulesetVersion": 42, "drafts": ["7d4f2a9e-3c1b-4e8a-9f6d-2b5c8e1a0f37"], "asOf": "2026-12-01",
             "profiles": 1, "judged": 1, "unaffected": 0,
             "changes": [{"key": "0b7e5c1d-2f4a-4c3e-8d9b-6a1f0e2c3d4b", "jurisdiction": "IT", "before": "COMPLIANT",
                          "after": "NON_COMPLIANT", "rules": ["it-garante-deepseek-block"]}],
             "unjudged": []}
            """;

    static final String RULESET_DIFF = """
            {"from": 42, "to": 43, "added": ["kr-mois-deepseek-block"], "removed": [],
             "changed": [{"ruleId": "it-garante-deepseek-block", "fields": ["hostingModes"], "before":
            """ + RULE + ", \"after\": " + RULE + "}]}";

    static final String RULESET_UPDATE = """
            {"since": 42, "version": 43, "changedAt": "2025-03-01T10:00:00Z",
             "pack": {"name": "world-ai-restrictions", "release": "2026.12.2"}, "removed": [], "rules": [
            """ + RULE + "]}";

    static final String RULE_LIST = "[" + RULE + "]";

    static final String VENDOR = """
            {"id": "deepseek", "name": "DeepSeek", "aliases": ["deepseek-ai"],
             "legalEntities": ["Hangzhou DeepSeek Artificial Intelligence", "Beijing DeepSeek Artificial Intelligence"],
             "originCountry": "CN"}
            """;

    static final String VENDOR_LIST = "[" + VENDOR + "]";

    static final String MODEL = """
            {"id": "deepseek-r1", "name": "DeepSeek-R1", "developer": "deepseek", "originCountry": "CN",
             "openWeights": true,
             "identifiers": ["deepseek-ai/DeepSeek-R1", "deepseek-reasoner", "deepseek-r1", "deepseek.r1"]}
            """;

    static final String MODEL_LIST = "[" + MODEL + "]";

    static final String JURISDICTION = """
            {"code": "US-TX", "name": "Texas", "type": "SUBDIVISION", "parent": "US", "blocs": [], "members": []}
            """;

    static final String JURISDICTION_LIST = """
            [{"code": "IT", "name": "Italy", "type": "COUNTRY", "blocs": ["EEA", "EU"], "members": ["IT-21", "IT-23"]}]
            """;

    /** A rule's first history entry: its creation, so nothing before and the whole rule after. */
    static final String HISTORY = """
            [{"ruleId": "it-garante-deepseek-block", "rulesetVersion": 43, "action": "CREATED",
              "actor": "officer@example.org", "reason": "Garante decision published",
              "at": "2025-02-01T09:00:00Z", "before": null, "after":
            """ + RULE + "}]";

    static final String RULESET = """
            {"version": 42, "changedAt": "2025-03-01T10:00:00Z", "rules": [],
             "jurisdictions": [{"code": "IT", "name": "Italy", "type": "COUNTRY", "blocs": ["EEA", "EU"]}],
             "vendors": []}
            """;

    static final String RULESET_VERSION = """
            {"version": 42, "changedAt": "2025-03-01T10:00:00Z"}
            """;

    /**
     * A rule pack to try from Swagger UI. Its pack name and ids start with {@code example-}, which the registry
     * reserves for examples and refuses (422): trying it writes nothing.
     */
    static final String PACK = """
            {"pack": "example-pack", "version": "2026.12.1",
             "description": "One vendor and one rule (an example: the registry refuses it)",
             "changelog": [{"version": "2026.12.1", "date": "2026-12-01", "summary": "First release",
                            "changes": ["Added example-it-vendor-block"]}],
             "vendors": [{"id": "example-vendor", "name": "Example Vendor", "aliases": ["ExampleAI"],
                          "legalEntities": ["Example Vendor Ltd"], "originCountry": "CN"}],
             "rules": [{"id": "example-it-vendor-block", "jurisdiction": "IT", "kind": "NATIONWIDE_BAN",
                        "subject": {"vendors": ["example-vendor"]}, "covers": "DEVELOPER_SERVICE",
                        "hostingModes": ["VENDOR_API"], "severity": "BLOCKING", "status": "IN_FORCE",
                        "effectiveFrom": "2025-01-30", "sourceUrl": "https://www.garanteprivacy.it/", "confidence": "HIGH",
                        "reviewedOn": "2026-12-01"}]}
            """;

    static final String PACK_IMPORT = """
            {"pack": "world-ai-restrictions", "rulesetVersion": 43, "added": ["kr-mois-deepseek-block"],
             "changed": ["it-garante-deepseek-processing-block"], "unchanged": ["au-pspf-direction-001-2025-deepseek"],
             "vendorsAdded": [], "vendorsChanged": ["deepseek"],
             "modelsAdded": ["deepseek-r1"], "modelsChanged": []}
            """;

    static final String RESERVED_PROBLEM = """
            {"type": "https://launchcheck.io/problems/unprocessable-request", "title": "Unprocessable request",
             "status": 422, "detail": "pack: names starting with 'example-' are reserved for examples and never imported",
             "instance": "/api/v1/rulepacks",
             "errors": [{"field": "pack", "message": "names starting with 'example-' are reserved for examples and never imported"}]}
            """;

    static final String PACK_INFO = """
            {"pack": "example-pack", "version": "2026.12.1", "description": "One vendor and one rule",
             "origin": null, "importedAt": "2026-12-01T09:00:00Z", "importedBy": "officer@example.org",
             "rulesetVersion": 43, "rules": 1, "reviewDueBefore": "2026-06-04",
             "changelog": [{"version": "2026.12.1", "date": "2026-12-01", "summary": "First release",
                            "changes": ["Added it-garante-deepseek-block"]}],
             "jurisdictions": [{"jurisdiction": "IT", "rules": 1, "lastReviewedOn": "2026-12-01",
                                "oldestReviewedOn": "2026-12-01", "reviewOverdue": 0}]}
            """;

    static final String PACK_INFO_LIST = "[" + PACK_INFO + "]";

    static final String VALIDATION_PROBLEM = """
            {"type": "https://launchcheck.io/problems/unprocessable-request", "title": "Unprocessable request",
             "status": 422, "detail": "subject.vendors[0]: unknown vendor 'acme'", "instance": "/api/v1/rules",
             "errors": [{"field": "subject.vendors[0]", "message": "unknown vendor 'acme'"}]}
            """;

    static final String BAD_REQUEST_PROBLEM = """
            {"type": "https://launchcheck.io/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "kind: unknown value 'BAN'; expected one of NATIONWIDE_BAN, ...", "instance": "/api/v1/rules",
             "errors": [{"field": "kind", "message": "unknown value 'BAN'; expected one of NATIONWIDE_BAN, ..."}]}
            """;

    static final String NOT_FOUND_PROBLEM = """
            {"type": "https://launchcheck.io/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No rule with id 'xx-unknown'", "instance": "/api/v1/rules/xx-unknown"}
            """;

    static final String CONFLICT_PROBLEM = """
            {"type": "https://launchcheck.io/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "A rule with id 'it-garante-deepseek-block' already exists", "instance": "/api/v1/rules",
             "errors": [{"field": "id", "message": "A rule with id 'it-garante-deepseek-block' already exists"}]}
            """;

    static final String PRECONDITION_FAILED_PROBLEM = """
            {"type": "https://launchcheck.io/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "Rule 'it-garante-deepseek-block' is at version 2, not 1; read it again and reapply your change",
             "errors": [{"field": "If-Match", "message": "Rule 'it-garante-deepseek-block' is at version 2, not 1; ..."}]}
            """;

    static final String PRECONDITION_REQUIRED_PROBLEM = """
            {"type": "https://launchcheck.io/problems/precondition-required", "title": "Precondition required",
             "status": 428, "detail": "If-Match is required: send the ETag of the version you read (e.g. If-Match: \\"3\\")",
             "errors": [{"field": "If-Match", "message": "If-Match is required: ..."}]}
            """;
}
