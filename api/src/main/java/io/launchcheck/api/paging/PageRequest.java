package io.launchcheck.api.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The one paging shape of every service's paged lists: the {@code page} and {@code size} query parameters
 * (a {@code @Valid @BeanParam}), and the answer that carries a page with the {@code X-Total-Count} and {@code Link}
 * ({@code rel="next"}, {@code rel="prev"}) headers. What the body looks like stays each list's own (a registry list is
 * a JSON array, a gateway list the envelope {@code {items, page, size, total}}). {@link PagingDocs} describes both in
 * the OpenAPI documents with the bounds the service is configured with.
 */
public class PageRequest {

    /** The largest page number; with sizes up to {@link #MAX_SIZE_LIMIT} the first row fits an int offset. */
    public static final int MAX_PAGE = 1_000_000;
    /** The largest {@code launchcheck.paging.max-size} a service may be configured with. */
    public static final int MAX_SIZE_LIMIT = 2_000;
    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final String LINK = "Link";

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be between 0 and " + MAX_PAGE)
    @Max(value = MAX_PAGE, message = "must be between 0 and " + MAX_PAGE)
    @Parameter(description = "Zero-based page number")
    int page;

    @QueryParam("size")
    @PageSize
    @Parameter(description = "Page size")
    Integer size;

    @Context
    UriInfo uri;

    public int page() {
        return page;
    }

    /** The size asked for, or {@code launchcheck.paging.default-size}. */
    public int size() {
        return size == null ? PagingConfig.current().defaultSize() : size;
    }

    /** 200 with {@code body}, one page of {@code total} matches, and the headers that say where the others are. */
    public Response answer(Object body, long total) {
        Response.ResponseBuilder response = Response.ok(body).header(TOTAL_COUNT, total);
        if ((long) (page + 1) * size() < total) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("page", page + 1).build(), "next");
        }
        if (page > 0) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("page", page - 1).build(), "prev");
        }
        return response.build();
    }
}
