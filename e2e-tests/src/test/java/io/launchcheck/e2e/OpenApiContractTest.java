package io.launchcheck.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The contract check itself: it passes what a document describes and reports what it does not. */
class OpenApiContractTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
             "paths": {"/things/{id}": {"get": {"responses": {
               "200": {"description": "a thing", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
               "404": {"description": "none", "content": {"application/problem+json": {"schema": {"type": "object"}}}}}}}},
             "components": {"schemas": {"Thing": {"type": "object", "required": ["id", "note"],
               "properties": {"id": {"type": "string", "format": "uuid"}, "note": {"type": ["string", "null"]},
                              "name": {"type": "string"}}}}}}
            """;
    private static final String ID = "6f1c2a7e-1d2b-4c1e-9a51-0c6f5d3b2e10";

    private final OpenApiContract contract = new OpenApiContract("test", DOCUMENT);

    @Test
    void passesAnAnswerTheDocumentDescribes() {
        assertThat(contract.check("GET", "/things/" + ID, 200, "application/json;charset=UTF-8",
                "{\"id\": \"" + ID + "\", \"note\": null, \"name\": \"n\"}")).isEmpty();
        assertThat(contract.check("GET", "/things/x", 404, "application/problem+json", "{}")).isEmpty();
    }

    @Test
    void reportsANullWhereTheDocumentPromisesAString() {
        assertThat(contract.check("GET", "/things/" + ID, 200, "application/json",
                "{\"id\": \"" + ID + "\", \"note\": null, \"name\": null}")).singleElement().asString().contains("/name");
    }

    @Test
    void reportsAMissingRequiredFieldAndABrokenFormat() {
        assertThat(contract.check("GET", "/things/" + ID, 200, "application/json", "{\"id\": \"not-a-uuid\"}"))
                .hasSize(2);
    }

    @Test
    void reportsAnUndocumentedStatusOrMediaType() {
        assertThat(contract.check("GET", "/things/" + ID, 500, "application/json", "{}")).singleElement().asString()
                .contains("status is not documented");
        assertThat(contract.check("GET", "/things/" + ID, 200, "text/plain", "hi")).singleElement().asString()
                .contains("media type text/plain is not documented");
        assertThat(contract.check("DELETE", "/things/" + ID, 204, null, "")).singleElement().asString()
                .contains("method is not documented");
    }

    @Test
    void leavesPathsTheDocumentDoesNotDescribeAlone() {
        assertThat(contract.check("GET", "/q/health/ready", 200, "application/json", "{}")).isEmpty();
    }
}
