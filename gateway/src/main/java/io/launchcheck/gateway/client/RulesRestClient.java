package io.launchcheck.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.EvaluationRequest;
import io.launchcheck.api.LaunchMapEvaluationRequest;
import io.launchcheck.api.compact.CompactEvaluations;
import io.launchcheck.api.json.StrictJson;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.api.security.ServiceTokenFilter;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;

/**
 * The rules-service's HTTP API; used only through {@link RulesClient}. Evaluations are asked for in the compact form
 * first ({@link CompactEvaluationReader} expands it), the full JSON form with a lower weight, for a rules-service
 * without it ({@link CompactEvaluations#ACCEPT}, set by {@link CompactAcceptFilter}): by default in the third version,
 * whose rules' texts the gateway must hold ({@link HeldRuleTexts}); {@code ...ByDigests} in the fourth (or the third,
 * from a rules-service without the fourth), whose not-checked rules it must hold too; {@code ...WithTexts} in the
 * second, which carries them.
 */
@RegisterRestClient(configKey = "rules")
@RegisterProvider(ServiceTokenFilter.class)
@RegisterProvider(CompactEvaluationReader.class)
@RegisterProvider(CompactAcceptFilter.class)
interface RulesRestClient {

    @POST
    @Path("/api/v1/evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({CompactEvaluations.MEDIA_TYPE_V3, CompactEvaluations.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    Evaluation evaluate(EvaluationRequest request);

    @POST
    @Path("/api/v1/evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({CompactEvaluations.MEDIA_TYPE_V4, CompactEvaluations.MEDIA_TYPE_V3, CompactEvaluations.MEDIA_TYPE,
        MediaType.APPLICATION_JSON})
    Evaluation evaluateByDigests(EvaluationRequest request);

    @POST
    @Path("/api/v1/evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({CompactEvaluations.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    Evaluation evaluateWithTexts(EvaluationRequest request);

    @POST
    @Path("/api/v1/launch-map-evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({CompactEvaluations.MEDIA_TYPE_V3, CompactEvaluations.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    Evaluation evaluateLaunchMap(LaunchMapEvaluationRequest request);

    @POST
    @Path("/api/v1/launch-map-evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({CompactEvaluations.MEDIA_TYPE_V4, CompactEvaluations.MEDIA_TYPE_V3, CompactEvaluations.MEDIA_TYPE,
        MediaType.APPLICATION_JSON})
    Evaluation evaluateLaunchMapByDigests(LaunchMapEvaluationRequest request);

    @POST
    @Path("/api/v1/launch-map-evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({CompactEvaluations.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    Evaluation evaluateLaunchMapWithTexts(LaunchMapEvaluationRequest request);

    @GET
    @Path("/q/health/ready")
    @Produces(MediaType.APPLICATION_JSON)
    String ready();

    /** Strict like the service's own mapper, but skipping fields a newer version of the other service adds. */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return StrictJson.tolerantCopy(defaultObjectMapper);
    }

    /** 400 and 404 are answers about the request; anything else is the rules-service failing. */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        int status = response.getStatus();
        if (status == 400 || status == 404) {
            Problem problem = null;
            try {
                problem = response.readEntity(Problem.class);
            } catch (RuntimeException unreadable) {
                // an answer without a readable problem body: relayed without field details
            }
            return new RulesRejectedException(status, problem);
        }
        return new RulesFailureException("the rules-service answered " + status);
    }
}
