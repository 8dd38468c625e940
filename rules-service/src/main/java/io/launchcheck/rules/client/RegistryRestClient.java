package io.launchcheck.rules.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.RulesetVersion;
import io.launchcheck.api.json.StrictJson;
import io.launchcheck.api.security.ServiceTokenFilter;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;

/** The registry's ruleset API; used through {@link RegistryClient} only, with the service's own token. */
@RegisterRestClient(configKey = "registry")
@RegisterProvider(ServiceTokenFilter.class)
@Path("/api/v1/ruleset")
@Produces(MediaType.APPLICATION_JSON)
interface RegistryRestClient {

    /** Strict like the service's own mapper, but skipping fields a newer version of the other service adds. */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return StrictJson.tolerantCopy(defaultObjectMapper);
    }

    @GET
    @Path("/version")
    RulesetVersion version();

    /**
     * The current ruleset; 304 when {@code ifNoneMatch} names the current version; without jurisdictions when
     * {@code heldJurisdictions} is their digest.
     */
    @GET
    Response current(@HeaderParam("If-None-Match") String ifNoneMatch,
            @QueryParam("heldJurisdictions") String heldJurisdictions);

    /**
     * The rules changed since version {@code since} (or the whole current ruleset when more than rules changed); 404
     * when the registry does not have that version, or no such endpoint.
     */
    @GET
    @Path("/changes")
    Response changes(@QueryParam("since") long since, @QueryParam("heldJurisdictions") String heldJurisdictions);

    /** Exactly the given version; 404 when the registry does not have it. */
    @GET
    Response at(@QueryParam("version") long version);
}
