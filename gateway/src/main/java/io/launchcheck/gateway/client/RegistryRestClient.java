package io.launchcheck.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.RulePreview;
import io.launchcheck.api.RulePreviewRequest;
import io.launchcheck.api.RulePublication;
import io.launchcheck.api.json.StrictJson;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.api.problem.ProblemException;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;

/**
 * The registry's rule-draft API; used only through {@link RegistryClient}. The compliance officer's own token is
 * sent on, so the registry checks their role and records them as the author of what they publish.
 */
@RegisterRestClient(configKey = "registry")
interface RegistryRestClient {

    @POST
    @Path("/api/v1/rule-previews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    RulePreview preview(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, RulePreviewRequest request);

    @POST
    @Path("/api/v1/rule-publications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    RulePublication publish(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, RulePublication.Request request);

    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return StrictJson.tolerantCopy(defaultObjectMapper);
    }

    /**
     * 4xx answers are about the request (unknown or closed draft, failing rule tests, the caller's role) and are
     * relayed with the registry's problem; anything else is the registry failing.
     */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        int status = response.getStatus();
        if (status >= 400 && status < 500) {
            Problem problem = null;
            try {
                problem = response.readEntity(Problem.class);
            } catch (RuntimeException unreadable) {
                // relayed without details
            }
            return new RegistryRejectedException(problem == null
                    ? new ProblemException(status, "Rejected by the registry", "The registry answered " + status, null, null)
                    : new ProblemException(status, problem.title(), problem.detail(), problem.errors(), null));
        }
        return new RegistryFailureException("the registry answered " + status);
    }
}
