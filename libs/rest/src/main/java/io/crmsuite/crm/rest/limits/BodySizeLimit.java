package io.crmsuite.crm.rest.limits;

import io.crmsuite.crm.rest.RestConfig;
import io.crmsuite.crm.rest.problem.Problem;
import io.crmsuite.crm.rest.problem.PayloadTooLargeException;
import io.crmsuite.crm.rest.problem.mapping.ProblemResponses;
import io.crmsuite.crm.rest.problem.mapping.RequestIds;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rejects request bodies over the limit with a 413 problem before they are read. A declared {@code Content-Length}
 * over the limit is answered at once (and the connection closed, as the unread body would follow). A chunked body is
 * buffered up to the limit by Vert.x' body handler, whose 413 becomes the same problem; Quarkus REST then reads the
 * buffered body. Runs before Quarkus' own check (route order -2), which would answer with an empty 413.
 */
@ApplicationScoped
public class BodySizeLimit {
    /** Before Quarkus' max-body-size handler (order -2). */
    static final int ROUTE_ORDER = -3;

    private final long limit;
    private final ProblemResponses responses;
    private final BodyHandler chunkedBodies;

    public BodySizeLimit(
            RestConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> quarkusLimit,
            ProblemResponses responses) {
        this.limit = effectiveLimit(config.maxBodySize(), quarkusLimit);
        this.responses = responses;
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(limit);
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
        if (limit < 0) {
            return;
        }
        router.route().order(ROUTE_ORDER).handler(this::check);
        router.route().order(ROUTE_ORDER).failureHandler(this::onFailure);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            if (parse(declared) > limit) {
                reject(ctx);
            } else {
                ctx.next();
            }
        } else if (isChunked(request) && !isForm(request)) {
            chunkedBodies.handle(ctx);
        } else {
            ctx.next();
        }
    }

    private void onFailure(RoutingContext ctx) {
        if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
            reject(ctx);
        } else {
            ctx.next();
        }
    }

    private void reject(RoutingContext ctx) {
        Problem problem = new PayloadTooLargeException(
                        "The request body is larger than the limit of " + limit + " bytes.")
                .toProblem();
        HttpServerResponse response = ctx.response();
        response.setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, RequestIds.of(ctx))
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ignored -> ctx.request().connection().close());
        response.end(responses.json(responses.complete(problem, ctx)));
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
        return type != null
                && (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded"));
    }
}
