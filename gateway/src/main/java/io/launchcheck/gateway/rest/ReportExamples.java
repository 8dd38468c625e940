package io.launchcheck.gateway.rest;

/** Worked examples of the report pages and share links for the OpenAPI document. */
final class ReportExamples {

    private ReportExamples() {
    }

    static final String SHARE_REQUEST = """
            {"expiresInSeconds": 3600}
            """;

    static final String SHARE_LINK = """
            {"url": "https://launchcheck.example.org/reports/eyJhbGciOiJSUzI1NiJ9.eyJyZXBvcnQiOiJhc3Nlc3NtZW50cy82ZjFjMmE3ZS0xZDJiLTRjMWUtOWE1MS0wYzZmNWQzYjJlMTAifQ.c2lnbmF0dXJl",
             "path": "/reports/eyJhbGciOiJSUzI1NiJ9.eyJyZXBvcnQiOiJhc3Nlc3NtZW50cy82ZjFjMmE3ZS0xZDJiLTRjMWUtOWE1MS0wYzZmNWQzYjJlMTAifQ.c2lnbmF0dXJl",
             "expiresAt": "2025-03-01T13:00:00Z",
             "assessmentId": "6f1c2a7e-1d2b-4c1e-9a51-0c6f5d3b2e10"}
            """;

    static final String TOO_LONG = """
            {"type": "https://launchcheck.io/problems/bad-request", "title": "Invalid request", "status": 400,
             "detail": "expiresInSeconds: must be at most 604800 (launchcheck.share-links.max-lifetime)",
             "errors": [{"field": "expiresInSeconds", "message": "must be at most 604800 (launchcheck.share-links.max-lifetime)"}]}
            """;

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><title>acme-assistant: Non-compliant - LaunchCheck report</title></head>
            <body><h1>acme-assistant</h1><p>Overall: Non-compliant (ruleset version 41, as of 2025-03-01)</p>
            <svg role="img" viewBox="0 0 960 470"><path data-code="IT" class="v-blocked" d="M504.9,125.3L506.4,125.7Z"/></svg>
            </body></html>
            """;

    static final String NOT_ACCEPTABLE = """
            {"type": "https://launchcheck.io/problems/not-acceptable", "title": "Not Acceptable", "status": 406,
             "detail": "No representation named in Accept can be produced; ask for application/json.",
             "instance": "/api/v1/assessments/6f1c2a7e-1d2b-4c1e-9a51-0c6f5d3b2e10/report"}
            """;

    static final String REFUSED = """
            <!DOCTYPE html>
            <html lang="en"><head><title>Link not valid - LaunchCheck</title></head>
            <body><h1>This link is not valid</h1><p>It has expired or was altered. Ask whoever shared it for a new one.</p>
            </body></html>
            """;

    static final String LAUNCH_MAP_SHARE_LINK = """
            {"url": "https://launchcheck.example.org/reports/eyJhbGciOiJSUzI1NiJ9.eyJyZXBvcnQiOiJsYXVuY2gtbWFwcy8zYzllMWYwYS03YjJkLTRlNTUtOWYxMS0yYTRiNmM4ZDBlMTIifQ.c2lnbmF0dXJl",
             "path": "/reports/eyJhbGciOiJSUzI1NiJ9.eyJyZXBvcnQiOiJsYXVuY2gtbWFwcy8zYzllMWYwYS03YjJkLTRlNTUtOWYxMS0yYTRiNmM4ZDBlMTIifQ.c2lnbmF0dXJl",
             "expiresAt": "2025-03-01T13:00:00Z",
             "launchMapId": "3c9e1f0a-7b2d-4e55-9f11-2a4b6c8d0e12"}
            """;

    static final String LAUNCH_MAP_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><title>acme-assistant: Non-compliant - LaunchCheck report</title></head>
            <body><h1>acme-assistant</h1><p id="scope">The EU bloc's member countries: 27 jurisdictions</p>
            <p>Overall: Non-compliant (ruleset version 41, as of 2025-03-01)</p>
            <svg role="img" viewBox="0 0 960 470"><path data-code="IT" class="v-blocked" d="M504.9,125.3L506.4,125.7Z"/>
            <path data-code="DE" class="v-compliant" d="M487.2,98.1L490.0,99.4Z"/></svg>
            </body></html>
            """;
}
