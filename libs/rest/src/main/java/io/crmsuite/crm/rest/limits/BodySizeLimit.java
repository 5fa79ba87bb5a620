package io.crmsuite.crm.rest.limits;

import io.crmsuite.crm.rest.RestConfig;
import io.crmsuite.crm.rest.problem.PayloadTooLargeException;
import io.crmsuite.crm.rest.problem.Problem;
import io.crmsuite.crm.rest.problem.mapping.ProblemResponses;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rejects request bodies over the limit with a 413 problem before they are read. A declared {@code Content-Length}
 * over the limit is answered at once; the rest of the body is then read and dropped and the HTTP/1 connection closed.
 * A chunked body is buffered up to the limit by Vert.x' body handler, whose 413 becomes the same problem; Quarkus REST
 * then reads the buffered body. Runs before Quarkus' own check (route order -2), which would answer with an empty 413.
 */
@ApplicationScoped
public class BodySizeLimit {
    /** Before Quarkus' max-body-size handler (order -2). */
    static final int ROUTE_ORDER = -3;
    /** How long the rest of a rejected body is read (and dropped) before the connection is cut. */
    static final long DRAIN_TIMEOUT_MS = 10_000;

    private final long limit;
    private final java.util.NavigableMap<String, Long> pathLimits;
    private final ProblemResponses responses;
    private final java.util.Map<Long, BodyHandler> chunkedBodies = new java.util.concurrent.ConcurrentHashMap<>();

    public BodySizeLimit(
            RestConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> quarkusLimit,
            ProblemResponses responses) {
        this.limit = effectiveLimit(config.maxBodySize(), quarkusLimit);
        this.pathLimits = new java.util.TreeMap<>();
        config.pathLimits().forEach((prefix, size) -> pathLimits.put(prefix, size.asLongValue()));
        this.responses = responses;
    }

    /**
     * The limit for a request path: the longest configured prefix that matches, never above the overall limit; the
     * overall limit when no prefix matches (-1: none).
     */
    static long limitFor(String path, long overall, java.util.NavigableMap<String, Long> pathLimits) {
        long best = overall;
        int bestLength = -1;
        for (var entry : pathLimits.entrySet()) {
            String prefix = entry.getKey();
            if (path.startsWith(prefix) && prefix.length() > bestLength) {
                bestLength = prefix.length();
                best = overall < 0 ? entry.getValue() : Math.min(entry.getValue(), overall);
            }
        }
        return best;
    }

    /** The smaller of {@code crm.rest.max-body-size} and Quarkus' limit; -1 when neither is set. */
    static long effectiveLimit(Optional<MemorySize> own, Optional<MemorySize> quarkus) {
        long ownBytes = own.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        long quarkusBytes = quarkus.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        long smaller = Math.min(ownBytes, quarkusBytes);
        return smaller == Long.MAX_VALUE ? -1 : smaller;
    }

    public long limit() {
        return limit;
    }

    void install(@Observes Router router) {
        if (limit < 0 && pathLimits.isEmpty()) {
            return;
        }
        router.route().order(ROUTE_ORDER).handler(this::check);
        router.route().order(ROUTE_ORDER).failureHandler(this::onFailure);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        long applies = limitFor(request.path(), limit, pathLimits);
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (applies < 0) {
            ctx.next();
        } else if (declared != null) {
            if (parse(declared) > applies) {
                reject(ctx, applies);
            } else {
                ctx.next();
            }
        } else if (isChunked(request) && !isForm(request)) {
            chunkedBodies
                    .computeIfAbsent(applies, max -> BodyHandler.create(false).setBodyLimit(max))
                    .handle(ctx);
        } else {
            ctx.next();
        }
    }

    private void onFailure(RoutingContext ctx) {
        if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
            reject(ctx, limitFor(ctx.request().path(), limit, pathLimits));
        } else {
            ctx.next();
        }
    }

    private void reject(RoutingContext ctx, long applies) {
        Problem problem = new PayloadTooLargeException(
                        "The request body is larger than the limit of " + applies + " bytes.")
                .toProblem();
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        if (request.version() == HttpVersion.HTTP_2) {
            responses.send(ctx, problem); // a stream of its own: ending the response resets it, not the connection
            return;
        }
        response.putHeader(HttpHeaders.CONNECTION, "close");
        if (request.isEnded()) {
            response.endHandler(ignored -> request.connection().close());
        } else {
            discardRestThenClose(ctx);
        }
        responses.send(ctx, problem);
    }

    /**
     * Reads and drops what is left of the body, then closes the connection: closing with unread data would reset the
     * connection, and the client could lose the 413 before reading it. A client that keeps sending is cut off after
     * {@link #DRAIN_TIMEOUT_MS}.
     */
    private static void discardRestThenClose(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        long timer = ctx.vertx()
                .setTimer(DRAIN_TIMEOUT_MS, ignored -> request.connection().close());
        request.handler(ignored -> {});
        request.endHandler(ignored -> {
            ctx.vertx().cancelTimer(timer);
            request.connection().close();
        });
        request.resume();
    }

    private static long parse(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1; // Netty rejects malformed lengths before this point
        }
    }

    private static boolean isChunked(HttpServerRequest request) {
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    /** Forms and multipart uploads are left to Quarkus' own handling (and its limit). */
    private static boolean isForm(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded"));
    }
}
