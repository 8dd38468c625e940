package io.launchcheck.api.paging;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.launchcheck.api.openapi.ConfiguredValues;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Describes every paged list the same way, in every service's document: each operation that takes {@link PageRequest}
 * (a {@code page} and a {@code size} query parameter) gets their bounds and defaults from the configuration
 * ({@code launchcheck.paging.*}) and, on its 200 answer, the {@code X-Total-Count} and {@code Link} headers, declared
 * once as components. Runs when the service is built (the document in {@code target/openapi}) and again whenever the
 * served document is asked for, so it says what the running service enforces.
 */
@OpenApiFilter(stages = {OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_PER_REQUEST})
public class PagingDocs implements OASFilter {

    static final String TOTAL_COUNT = "TotalCount";
    static final String LINK = "PageLinks";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        int defaultSize = config.getOptionalValue("launchcheck.paging.default-size", Integer.class)
                .orElse(Integer.valueOf(PagingConfig.DEFAULT_SIZE));
        int maxSize = config.getOptionalValue("launchcheck.paging.max-size", Integer.class)
                .orElse(Integer.valueOf(PagingConfig.MAX_SIZE));
        boolean paged = false;
        for (var item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                Parameter page = query(operation, "page");
                Parameter size = query(operation, "size");
                if (page == null || size == null) {
                    continue;
                }
                paged = true;
                page.description("Zero-based page number, 0 to " + PageRequest.MAX_PAGE + " (default 0)")
                        .schema(integer(0, PageRequest.MAX_PAGE, 0));
                size.description(ConfiguredValues.render("Page size, from 1 to launchcheck.paging.max-size; "
                        + "launchcheck.paging.default-size when absent"))
                        .schema(integer(1, maxSize, defaultSize));
                APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
                if (ok != null) {
                    ok.addHeader(PageRequest.TOTAL_COUNT, OASFactory.createHeader().ref(TOTAL_COUNT));
                    ok.addHeader(PageRequest.LINK, OASFactory.createHeader().ref(LINK));
                }
            }
        }
        if (paged) {
            headers(openAPI);
        }
    }

    private static void headers(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addHeader(TOTAL_COUNT, header("The number of items matching the request, on every page",
                OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64").minimum(BigDecimal.ZERO)));
        components.addHeader(LINK, header("The request's URL for the next page (`rel=\"next\"`, when there are more "
                + "items) and the previous one (`rel=\"prev\"`, after the first page), as in RFC 8288; absent when there "
                + "is neither", OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static Parameter query(Operation operation, String name) {
        List<Parameter> parameters = operation.getParameters();
        if (parameters == null) {
            return null;
        }
        return parameters.stream().filter(p -> name.equals(p.getName()) && p.getIn() == Parameter.In.QUERY)
                .findFirst().orElse(null);
    }

    private static Schema integer(int minimum, int maximum, int defaultValue) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum))
                .defaultValue(defaultValue);
    }
}
