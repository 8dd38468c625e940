package io.launchcheck.e2e;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every answer the suite gets from a service against that service's served OpenAPI document: a status,
 * media type or body the document does not describe fails the test that received it.
 */
final class ContractCheck implements Filter {

    private final Map<String, OpenApiContract> contracts = new ConcurrentHashMap<>();
    private final AtomicInteger checked = new AtomicInteger();
    private final Map<String, AtomicInteger> byOperation = new ConcurrentHashMap<>();

    /** Answers from {@code baseUrl} are checked against {@code contract}. */
    void register(String baseUrl, OpenApiContract contract) {
        contracts.put(authority(URI.create(baseUrl)), contract);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        OpenApiContract contract = contracts.get(authority(uri));
        if (contract == null) {
            return response;
        }
        List<String> problems = contract.check(request.getMethod(), uri.getRawPath(), response.statusCode(),
                response.contentType(), response.asString());
        contract.template(uri.getRawPath()).ifPresent(template -> {
            checked.incrementAndGet();
            byOperation.computeIfAbsent(contract.name() + " " + request.getMethod() + " " + template + " "
                    + response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
        });
        if (!problems.isEmpty()) {
            throw new AssertionError("The answer does not match the served OpenAPI document:\n  "
                    + String.join("\n  ", problems) + "\nBody: " + abridged(response.asString()));
        }
        return response;
    }

    /** How many answers were checked, in total and per service, operation and status. */
    String summary() {
        StringBuilder summary = new StringBuilder("Checked " + checked.get()
                + " answers against the served OpenAPI documents:");
        byOperation.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> summary.append("\n  ").append(e.getKey()).append(": ").append(e.getValue().get()));
        return summary.toString();
    }

    private static String authority(URI uri) {
        String host = "localhost".equals(uri.getHost()) ? "127.0.0.1" : uri.getHost();
        return host + ":" + uri.getPort();
    }

    private static String abridged(String body) {
        return body == null || body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
