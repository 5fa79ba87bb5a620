package io.crmsuite.crm.rest.problem.mapping;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.crmsuite.crm.rest.problem.Problem;
import io.crmsuite.crm.rest.problem.ProblemException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The exception mappers of every service: each failure becomes {@code application/problem+json}. Default priority, so
 * they beat Quarkus' built-in mappers (priority 5001) and a service can still override one with a lower priority.
 */
public class ProblemMappers {
    /** Headers of a JAX-RS exception's response worth keeping on the problem. */
    private static final List<String> KEPT_HEADERS =
            List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE, "Accept-Patch");

    private final ProblemResponses responses;

    public ProblemMappers(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException failure, RoutingContext ctx) {
        return responses.respond(failure, ctx);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException failure, RoutingContext ctx) {
        return responses.respond(failure, ctx);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException failure, RoutingContext ctx) {
        return responses.respond(failure, ctx);
    }

    @ServerExceptionMapper
    public Response json(JacksonException failure, RoutingContext ctx) {
        return responses.respond(failure, ctx);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException failure, RoutingContext ctx) {
        Response original = failure.getResponse();
        if (original != null && original.hasEntity() && !ExceptionTranslator.isRestClientFailure(failure)) {
            return original; // a resource chose this exact response
        }
        Response problem = responses.respond(failure, ctx);
        if (original == null || problem.getStatus() != original.getStatus()) {
            return problem;
        }
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        for (String header : KEPT_HEADERS) {
            String value = original.getHeaderString(header);
            if (value != null) {
                builder.header(header, value);
            }
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException failure, RoutingContext ctx) {
        return responses.respond(failure, ctx);
    }

    /** 401 with the challenge ({@code WWW-Authenticate}) of the active authentication mechanism, if any. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Uni<Response> unauthenticated(RuntimeException failure, RoutingContext ctx) {
        HttpAuthenticator authenticator = ctx.get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null
                ? Uni.createFrom().nullItem()
                : authenticator.getChallenge(ctx).onFailure().recoverWithNull();
        return challenge.map(data -> withChallenge(responses.respond(failure, ctx), data));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure, RoutingContext ctx) {
        return responses.respond(failure, ctx);
    }

    private static Response withChallenge(Response problem, ChallengeData challenge) {
        if (challenge == null) {
            return problem;
        }
        if (challenge.status != 401) {
            // e.g. a redirect to a login page: follow the mechanism rather than answer a problem
            Response.ResponseBuilder redirect = Response.status(challenge.status);
            challenge.getHeaders().forEach((name, value) -> redirect.header(name.toString(), value));
            return redirect.build();
        }
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        for (Map.Entry<CharSequence, String> header : challenge.getHeaders().entrySet()) {
            builder.header(header.getKey().toString(), header.getValue());
        }
        return builder.type(Problem.MEDIA_TYPE).build();
    }
}
