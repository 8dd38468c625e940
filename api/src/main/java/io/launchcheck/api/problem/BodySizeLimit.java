package io.launchcheck.api.problem;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;

/**
 * Refuses request bodies over {@code quarkus.http.limits.max-body-size} with a 413 problem body in every service
 * (without it Quarkus answers a bare 413), whether they
 * declare their length or come in chunks.
 * <ul>
 * <li>A declared {@code Content-Length} over the limit is answered just before Quarkus's own limit check (which
 * answers 413 without a body), before a byte of the body is read. The body is then read and dropped, so that
 * the client reads the answer before the connection closes.</li>
 * <li>A chunked body is counted while it is read: Quarkus would cut it off with a bare 413, so its mark is
 * taken off the request and {@link Interceptor} refuses the body once it passes the limit.</li>
 * </ul>
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Runs just before Quarkus's upload limit route ({@code RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT}, -2). */
    private static final int ORDER = -3;
    /** Runs just after it. */
    private static final int ORDER_AFTER_QUARKUS = -1;
    /** Where Quarkus's upload limit route leaves the limit for a body without a declared length. */
    private static final String QUARKUS_LIMIT_KEY = "io.quarkus.max-request-size";
    /** A refused body up to this size is read and dropped before the connection closes. */
    private static final long MAX_DRAINED_BYTES = 4L * 1024 * 1024;
    /** How long a refused body is read at most before the connection closes. */
    private static final long LINGER_MILLIS = 2_000;

    void install(@Observes Router router, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long limit = maxBodySize.get().asLongValue();
        router.route().order(ORDER).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && exceeds(length, limit)) {
                String body = problem(json, detail(limit), context.request().path());
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body);
                closeOnceRead(context.vertx(), context.request(), length);
                return;
            }
            context.next();
        });
        router.route().order(ORDER_AFTER_QUARKUS).handler(context -> {
            if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
                context.remove(QUARKUS_LIMIT_KEY);
            }
            context.next();
        });
    }

    /**
     * Closes the connection once the client has sent the body it declared, reading and dropping it, or after
     * {@link #LINGER_MILLIS} at most. Closing while the client still writes makes the kernel answer its remaining
     * bytes with a reset, and the reset can reach the client before the 413 does, so that the client sees a broken
     * connection instead of the problem. A declared body larger than {@link #MAX_DRAINED_BYTES} is not waited for.
     */
    private static void closeOnceRead(Vertx vertx, HttpServerRequest request, String length) {
        if (request.isEnded() || Long.parseLong(length.strip()) > MAX_DRAINED_BYTES) {
            request.connection().close();
            return;
        }
        long timer = vertx.setTimer(LINGER_MILLIS, fired -> request.connection().close());
        request.handler(dropped -> { })
                .exceptionHandler(failed -> request.connection().close())
                .endHandler(ended -> {
                    vertx.cancelTimer(timer);
                    request.connection().close();
                })
                .resume();
    }

    static String detail(long limit) {
        return "The request body exceeds the limit of " + limit / 1024 + " KiB";
    }

    private static boolean exceeds(String length, long limit) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String problem(ObjectMapper json, String detail, String path) {
        try {
            return json.writeValueAsString(new Problem("https://launchcheck.io/problems/request-entity-too-large",
                    "Request Entity Too Large", 413, detail, path, List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Counts the bytes of every request body as it is read and stops at the limit. Server only: the REST clients'
     * answers (a rules-service evaluation of a world launch map is larger than a request may be) are not requests.
     */
    @Provider
    @ConstrainedTo(RuntimeType.SERVER)
    public static class Interceptor implements ReaderInterceptor {

        @ConfigProperty(name = "quarkus.http.limits.max-body-size")
        Optional<MemorySize> maxBodySize;

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            if (maxBodySize.isPresent()) {
                context.setInputStream(new Bounded(context.getInputStream(), maxBodySize.get().asLongValue()));
            }
            return context.proceed();
        }
    }

    /** A body read past the limit: an {@link IOException}, so that no JSON parser turns it into a field error. */
    public static class TooLargeException extends IOException {

        final long limit;

        TooLargeException(long limit) {
            super(detail(limit));
            this.limit = limit;
        }
    }

    public static class Mapper {

        @ServerExceptionMapper
        public Response tooLarge(TooLargeException e, UriInfo uri) {
            return Response.status(413).type(Problem.MEDIA_TYPE).header(HttpHeaders.CONNECTION.toString(), "close")
                    .entity(new Problem("https://launchcheck.io/problems/request-entity-too-large",
                            "Request Entity Too Large", 413, e.getMessage(), uri.getPath(), List.of()))
                    .build();
        }
    }

    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long count;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read >= 0) {
                counted(1);
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) throws TooLargeException {
            count += bytes;
            if (count > limit) {
                throw new TooLargeException(limit);
            }
        }
    }
}
