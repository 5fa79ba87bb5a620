package io.crmsuite.crm.rest.testapp;

import io.crmsuite.crm.rest.problem.ConflictException;
import io.crmsuite.crm.rest.problem.PayloadTooLargeException;
import io.crmsuite.crm.rest.problem.PreconditionRequiredException;
import io.crmsuite.crm.rest.problem.UnprocessableException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.CompositeException;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.hibernate.StaleObjectStateException;

/** Test-only endpoints that fail in every way the problem mappers must handle. */
@Path("/test/failures")
@Produces(MediaType.APPLICATION_JSON)
public class FailureResource {
    static final String SECRET = "hunter2-db-password";

    @GET
    @Path("{kind}")
    public Uni<String> fail(@PathParam("kind") String kind) {
        return Uni.createFrom().failure(() -> failure(kind));
    }

    @GET
    @Path("thrown/{kind}")
    public String failSynchronously(@PathParam("kind") String kind) {
        throw failure(kind);
    }

    @GET
    @Path("validated")
    public String validated(@QueryParam("size") @Min(1) @Max(10) int size) {
        return "ok";
    }

    private static RuntimeException failure(String kind) {
        return switch (kind) {
            case "unauthorized" -> new UnauthorizedException();
            case "authentication-failed" -> new AuthenticationFailedException(SECRET);
            case "forbidden" -> new ForbiddenException(SECRET);
            case "conflict" ->
                new ConflictException(
                        "duplicate-widget",
                        "A widget with this name exists.",
                        Map.of("candidates", List.of(Map.of("id", "w-1", "name", "Acme"))));
            case "unprocessable" -> new UnprocessableException("The widget cannot be archived yet.");
            case "precondition-required" -> new PreconditionRequiredException("Send If-Match.");
            case "payload-too-large" -> new PayloadTooLargeException("Too many line items.");
            case "unavailable" -> new ServiceUnavailableException(30L);
            case "not-allowed" -> new NotAllowedException("GET", new String[] {"POST"});
            case "wrapped-lock" ->
                new CompositeException(
                        new StaleObjectStateException("Widget", "w-1"), new IllegalStateException(SECRET));
            case "completion-lock" -> new CompletionException(new jakarta.persistence.OptimisticLockException(SECRET));
            case "wrapped-conflict" -> new CompletionException(new ConflictException("Already archived."));
            default -> new IllegalStateException("unexpected " + SECRET);
        };
    }
}
