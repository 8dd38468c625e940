package io.launchcheck.gateway.rest;

import jakarta.ws.rs.core.Response;

import io.launchcheck.gateway.report.ReportView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The report pages' Qute templates ({@code src/main/resources/templates/report/}), checked against their
 * parameters at build time, and the headers every page is sent with.
 */
@CheckedTemplate(basePath = "report")
final class ReportTemplates {

    private ReportTemplates() {
    }

    /**
     * The report page.
     *
     * @param sharedUntil when the share link it was opened with expires (as pages show instants), or null for a bearer
     *                    caller
     */
    static native TemplateInstance report(ReportView report, String sharedUntil);

    /** A page saying why nothing is shown, without telling whether the thing asked for exists. */
    static native TemplateInstance refused(String heading, String message);

    /**
     * A page answer: never cached or indexed, no referrer sent on (a share link's token is in its address), no
     * script, nothing loaded from elsewhere, never framed.
     */
    static Response page(Response.Status status, TemplateInstance page) {
        return Response.status(status).entity(page)
                .type("text/html;charset=UTF-8")
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex, nofollow")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
                .build();
    }
}
