package io.launchcheck.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.launchcheck.api.Roles;
import io.launchcheck.api.paging.PageRequest;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.gateway.domain.Actor;
import io.launchcheck.gateway.domain.DeliveryPage;
import io.launchcheck.gateway.domain.FeedPage;
import io.launchcheck.gateway.domain.WebhookRegistration;
import io.launchcheck.gateway.domain.WebhookView;
import io.launchcheck.gateway.service.FeedService;

/** Telling teams: the per-team feed of verdict changes, a team's webhook, and the webhook's delivery log. */
@Path("/api/v1")
@Tag(name = "Feed", description = "Verdict changes of a team's latest assessments that the team did not cause: a "
        + "waiver expired or was revoked, a ruleset change was published")
public class FeedResource {

    private final FeedService feed;
    private final CallerResolver callers;

    public FeedResource(FeedService feed, CallerResolver callers) {
        this.feed = feed;
        this.callers = callers;
    }

    @RolesAllowed({Roles.PRODUCT_TEAM, Roles.AUDITOR, Roles.COMPLIANCE_OFFICER})
    @GET
    @Path("/feed")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listFeed", summary = "A team's feed of verdict changes, newest first",
            description = "One item per change of the verdict of a team's latest assessment of an app: which "
                    + "targets changed from what to what, the overall verdict before and after, the rules and the "
                    + "waiver concerned. The latest assessment's profile is judged again through the rules-service "
                    + "(the stored assessment is not changed). A product team reads its own; auditors and compliance "
                    + "officers every team's, or one team's with `team`.")
    @APIResponse(responseCode = "200", description = "A page of the feed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedPage.class),
                    examples = @ExampleObject(name = "a waiver expired", value = WaiverExamples.FEED)))
    @APIResponse(responseCode = "400", description = "page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A product team asking for another team's feed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Only this app's changes (case-insensitive)") @QueryParam("app") String app,
            @Parameter(description = "Only this team's changes (officers and auditors; a product team may name its own)")
            @QueryParam("team") String team,
            @Valid @BeanParam PageRequest paging) {
        FeedPage page = feed.feed(app, team, callers.actor(), paging.page(), paging.size());
        return paging.answer(page, page.total());
    }

    @RolesAllowed(Roles.PRODUCT_TEAM)
    @PUT
    @Path("/webhook")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerWebhook", summary = "Register or replace the team's webhook",
            description = "Every new item of the team's feed is POSTed to `url` as JSON (the feed item), with headers "
                    + "`X-LaunchCheck-Event: verdict-changed`, `X-LaunchCheck-Delivery` (the delivery's id, the same on "
                    + "every retry), `X-LaunchCheck-Timestamp` (seconds since the epoch) and `X-LaunchCheck-Signature: "
                    + "sha256=<hex>`, the HMAC-SHA256 under `secret` of `<timestamp>.<body>`. A receiver checks the "
                    + "signature, refuses old timestamps, and answers 2xx; any other answer or none within "
                    + "launchcheck.webhooks.timeout is retried with exponential back-off from "
                    + "launchcheck.webhooks.retry-base up to launchcheck.webhooks.retry-max, at most "
                    + "launchcheck.webhooks.max-attempts times in all. Redirects are not followed. The secret is never answered back.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookRegistration.class),
            examples = @ExampleObject(name = "CI hook", value = WaiverExamples.WEBHOOK_REGISTRATION)))
    @APIResponse(responseCode = "200", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class),
                    examples = @ExampleObject(name = "registered", value = WaiverExamples.WEBHOOK)))
    @APIResponse(responseCode = "400", description = "Not an http(s) URL, a secret shorter than 16 characters, an unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a product team, or a token without a team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.NOT_JSON)
    public WebhookView register(@NotNull(message = "a webhook registration is required") @Valid WebhookRegistration registration) {
        return feed.register(registration, callers.actor());
    }

    @RolesAllowed(Roles.PRODUCT_TEAM)
    @GET
    @Path("/webhook")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getWebhook", summary = "The team's webhook (without its secret)",
            description = "Where the team's verdict changes are posted, who registered it and when.")
    @APIResponse(responseCode = "200", description = "The webhook",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class),
                    examples = @ExampleObject(name = "registered", value = WaiverExamples.WEBHOOK)))
    @APIResponse(responseCode = "403", description = "Not a product team, or a token without a team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The team has no webhook",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "none", value = WaiverExamples.NO_WEBHOOK)))
    public WebhookView webhook() {
        Actor actor = callers.actor();
        return feed.webhook(actor).orElseThrow(() -> noWebhook(actor));
    }

    @RolesAllowed(Roles.PRODUCT_TEAM)
    @DELETE
    @Path("/webhook")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "deleteWebhook", summary = "Remove the team's webhook",
            description = "Pending deliveries are not attempted any more (they fail with the reason logged).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not a product team, or a token without a team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The team has no webhook",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "none", value = WaiverExamples.NO_WEBHOOK)))
    public Response removeWebhook() {
        Actor actor = callers.actor();
        if (!feed.remove(actor)) {
            throw noWebhook(actor);
        }
        return Response.noContent().build();
    }

    @RolesAllowed({Roles.PRODUCT_TEAM, Roles.AUDITOR, Roles.COMPLIANCE_OFFICER})
    @GET
    @Path("/webhook/deliveries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listWebhookDeliveries", summary = "The webhook delivery log, newest first",
            description = "Each delivery with its state and every attempt (when, the receiver's status or why there "
                    + "was none). A product team reads its own; auditors and compliance officers every team's, or one "
                    + "team's with `team`.")
    @APIResponse(responseCode = "200", description = "A page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class),
                    examples = @ExampleObject(name = "retried once", value = WaiverExamples.DELIVERIES)))
    @APIResponse(responseCode = "400", description = "page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A product team asking for another team's deliveries",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response deliveries(
            @Parameter(description = "Only this team's deliveries (officers and auditors)") @QueryParam("team") String team,
            @Valid @BeanParam PageRequest paging) {
        DeliveryPage page = feed.deliveries(team, callers.actor(), paging.page(), paging.size());
        return paging.answer(page, page.total());
    }

    private static ProblemException noWebhook(Actor actor) {
        return ProblemException.notFound("Team " + actor.team() + " has no webhook");
    }
}
