package io.crmsuite.crm.rest.problem.mapping;

import com.fasterxml.jackson.core.JacksonException;
import io.crmsuite.crm.rest.problem.ConflictException;
import io.crmsuite.crm.rest.problem.InvalidParameterException;
import io.crmsuite.crm.rest.problem.Problem;
import io.crmsuite.crm.rest.problem.ProblemException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;

/**
 * Decides which problem a failure is. Returns null for anything unexpected: the caller answers 500 and logs it. Known
 * failures wrapped by reactive plumbing (CompletionException, Mutiny's CompositeException …) are unwrapped first.
 */
public final class ExceptionTranslator {
    private static final int MAX_DEPTH = 8;

    private ExceptionTranslator() {}

    public static Problem translate(Throwable failure) {
        Problem known = translate(failure, 0);
        return known != null ? known : DependencyFailures.problem(failure);
    }

    private static Problem translate(Throwable failure, int depth) {
        if (failure == null || depth > MAX_DEPTH) {
            return null;
        }
        Problem direct = direct(failure);
        if (direct != null) {
            return direct;
        }
        if (Failures.isOptimisticLockFailure(failure)) {
            return ConflictException.concurrentModification().toProblem();
        }
        if (Failures.isUniqueViolation(failure)) {
            return ConflictException.duplicateKey().toProblem();
        }
        for (Throwable inner : Failures.unwrap(failure)) {
            Problem problem = translate(inner, depth + 1);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static Problem direct(Throwable failure) {
        if (failure instanceof ProblemException problem) {
            return problem.toProblem();
        }
        if (failure instanceof InvalidParameterException parameter) {
            return parameter.toProblem();
        }
        if (failure instanceof ConstraintViolationException violations) {
            return ValidationProblems.from(violations);
        }
        if (failure instanceof JacksonException json) {
            return JsonProblems.from(json);
        }
        if (failure instanceof WebApplicationException web) {
            return isRestClientFailure(web) ? null : HttpProblems.from(web);
        }
        if (failure instanceof UnauthorizedException || failure instanceof AuthenticationFailedException) {
            return HttpProblems.forStatus(401);
        }
        if (failure instanceof ForbiddenException) {
            return HttpProblems.forStatus(403);
        }
        return null;
    }

    /** A downstream service's error seen through a REST client is our server error, not the caller's problem. */
    static boolean isRestClientFailure(WebApplicationException web) {
        return web.getClass().getName().equals("org.jboss.resteasy.reactive.ClientWebApplicationException");
    }
}
