package io.crmsuite.crm.rest.problem.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.rest.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

/**
 * Writes problems: adds {@code instance} (the request path) and {@code requestId}, serialises them as
 * {@code application/problem+json}, and logs unexpected failures (with stack trace, under the request id) while the
 * caller sees only a generic 500.
 */
@ApplicationScoped
public class ProblemResponses {
    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);

    /** What a 503 asks the caller to wait: about the time a restarted database or broker takes to answer again. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final ObjectMapper mapper;

    public ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The response for any failure: its problem, or a logged 500. */
    public Response respond(Throwable failure, RoutingContext ctx) {
        Problem problem = ExceptionTranslator.translate(failure);
        if (problem == null) {
            problem = unexpected(failure, ctx);
        } else {
            LOG.debugf("%s answered %d %s", describe(ctx), problem.status(), problem.type());
        }
        return respond(problem, ctx);
    }

    public Response respond(Problem problem, RoutingContext ctx) {
        Problem complete = complete(problem, ctx);
        Response.ResponseBuilder response = Response.status(complete.status())
                .type(Problem.MEDIA_TYPE)
                .header(RequestIds.HEADER, RequestIds.of(ctx))
                .entity(json(complete));
        if (complete.status() == 503) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /** Ends a Vert.x response with the problem (for failures outside Quarkus REST, such as route filters). */
    public void send(RoutingContext ctx, Problem problem) {
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, RequestIds.of(ctx));
        if (problem.status() == 503) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        ctx.response().end(json(complete(problem, ctx)));
    }

    /** The problem with {@code instance} and {@code requestId} filled in from the request. */
    public Problem complete(Problem problem, RoutingContext ctx) {
        Problem withInstance = problem.instance() == null && ctx != null
                ? problem.withInstance(ctx.request().path())
                : problem;
        return withInstance.withExtension("requestId", RequestIds.of(ctx));
    }

    public String json(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            LOG.error("cannot serialise a problem; answering a minimal one", e);
            return "{\"type\":\"" + problem.type() + "\",\"status\":" + problem.status() + "}";
        }
    }

    private Problem unexpected(Throwable failure, RoutingContext ctx) {
        LOG.errorf(failure, "Unexpected failure on %s [requestId=%s]", describe(ctx), RequestIds.of(ctx));
        return Problem.of(
                500,
                "internal",
                "Internal server error",
                "An unexpected error occurred. Quote the requestId when reporting it.");
    }

    private static String describe(RoutingContext ctx) {
        return ctx == null ? "?" : ctx.request().method() + " " + ctx.request().path();
    }
}
