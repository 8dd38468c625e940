package io.launchcheck.api.openapi;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Keeps the documents true to the configuration: wherever a description names one of the service's settings
 * ({@code launchcheck.*}, or {@code quarkus.http.limits.*}), the value it has follows in parentheses,
 * {@code quarkus.http.limits.max-body-size (currently 256K)}; a setting written with its value
 * ({@code launchcheck.clock.test-endpoint=false}) is left as it is. Descriptions name settings and never write
 * their values. Runs when the service is built (the document in {@code target/openapi}, with the packaged
 * configuration) and again whenever the served document is asked for (with what the environment overrides); a value
 * written by the first run is replaced by the second, so changing a setting changes the document. Not when the service
 * starts: that run was about a seventh of a service's start-up (docs/benchmarks.md, "Start-up"), and the document is
 * asked for far less often than a service starts.
 */
@OpenApiFilter(stages = {OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_PER_REQUEST})
public class ConfiguredValues implements OASFilter {

    static final Pattern SETTING = Pattern.compile(
            "\\b((?:launchcheck|quarkus\\.http\\.limits)(?:\\.[a-z0-9-]+)++)(?![=a-z0-9-]|\\.[a-z0-9])"
                    + "(?: \\(currently [^)]*\\))?");
    /** Settings never written into a document, whatever a description names. */
    static final Pattern SECRET = Pattern.compile("secret|password|key|token");

    /**
     * {@code text} with the current value after every setting it names; settings without a value stay as they are.
     * Other filters that write descriptions naming settings call it too, so the order filters run in does not matter.
     */
    public static String render(String text) {
        if (text == null || !text.contains(".")) {
            return text;
        }
        Matcher matcher = SETTING.matcher(text);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            String setting = matcher.group(1);
            String replacement = value(setting).map(value -> setting + " (currently " + value + ")").orElse(matcher.group());
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(rendered);
        return rendered.toString();
    }

    private static Optional<String> value(String setting) {
        if (SECRET.matcher(setting).find()) {
            return Optional.empty();
        }
        try {
            Config config = ConfigProvider.getConfig();
            return config.getOptionalValue(setting, String.class).filter(value -> !value.isBlank());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo() != null) {
            openAPI.getInfo().setDescription(render(openAPI.getInfo().getDescription()));
        }
    }

    @Override
    public Operation filterOperation(Operation operation) {
        operation.setSummary(render(operation.getSummary()));
        return rendered(operation, operation.getDescription(), operation::setDescription);
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        return rendered(parameter, parameter.getDescription(), parameter::setDescription);
    }

    @Override
    public RequestBody filterRequestBody(RequestBody requestBody) {
        return rendered(requestBody, requestBody.getDescription(), requestBody::setDescription);
    }

    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        return rendered(response, response.getDescription(), response::setDescription);
    }

    @Override
    public Header filterHeader(Header header) {
        return rendered(header, header.getDescription(), header::setDescription);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        return rendered(schema, schema.getDescription(), schema::setDescription);
    }

    private static <T> T rendered(T model, String description, Consumer<String> setDescription) {
        setDescription.accept(render(description));
        return model;
    }
}
