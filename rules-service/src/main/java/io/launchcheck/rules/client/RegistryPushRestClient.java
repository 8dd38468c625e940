package io.launchcheck.rules.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.RulesetUpdate;
import io.launchcheck.api.RulesetVersion;
import io.launchcheck.api.json.StrictJson;
import io.launchcheck.api.security.ServiceTokenFilter;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;

/**
 * The registry's long polls (the push channel): on its changes, which carry the change itself, and on its ruleset
 * version, for a registry without the first. Its own client key, {@code registry-push}, because its read timeout must
 * outlast the wait.
 */
@RegisterRestClient(configKey = "registry-push")
@RegisterProvider(ServiceTokenFilter.class)
@Path("/api/v1/ruleset")
@Produces(MediaType.APPLICATION_JSON)
public interface RegistryPushRestClient {

    /** Strict like the service's own mapper, but skipping fields a newer version of the other service adds. */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return StrictJson.tolerantCopy(defaultObjectMapper);
    }

    /**
     * The changes since {@code since} (or the whole ruleset) as soon as the version moves past it, or no changes
     * after {@code wait} seconds.
     */
    @GET
    @Path("/changes")
    RulesetUpdate changesAfter(@QueryParam("since") long since, @QueryParam("heldJurisdictions") String heldJurisdictions,
            @QueryParam("wait") long wait);

    /** The version as soon as it differs from {@code after}, or the unchanged one after {@code wait} seconds. */
    @GET
    @Path("/version")
    RulesetVersion versionAfter(@QueryParam("after") long after, @QueryParam("wait") long wait);
}
