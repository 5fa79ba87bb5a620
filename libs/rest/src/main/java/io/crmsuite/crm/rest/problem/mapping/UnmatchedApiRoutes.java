package io.crmsuite.crm.rest.problem.mapping;

import io.crmsuite.crm.rest.problem.Problem;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A request under {@code /api/} that no resource matches gets a 404 problem instead of Vert.x' plain 404. Registered
 * as the very last route, so it only sees what everything else passed on.
 */
@ApplicationScoped
public class UnmatchedApiRoutes {
    static final String API_PATHS = "/api/*";

    private final ProblemResponses responses;

    public UnmatchedApiRoutes(ProblemResponses responses) {
        this.responses = responses;
    }

    void install(@Observes Router router) {
        router.route(API_PATHS).last().handler(this::notFound);
    }

    private void notFound(RoutingContext ctx) {
        Problem problem = HttpProblems.forStatus(404);
        responses.send(ctx, problem);
    }
}
