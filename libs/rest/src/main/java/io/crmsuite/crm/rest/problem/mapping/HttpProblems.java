package io.crmsuite.crm.rest.problem.mapping;

import com.fasterxml.jackson.core.JacksonException;
import io.crmsuite.crm.rest.problem.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * Problems for plain HTTP statuses: JAX-RS exceptions (404, 405, 406, 415 …) keep their status, with a fixed detail
 * instead of the exception's message. Quarkus REST's 400 wrapping of a Jackson failure is unwrapped first.
 */
public final class HttpProblems {

    private HttpProblems() {}

    /** The problem for a JAX-RS exception, or null when it stands for a server error (answered as a plain 500). */
    public static Problem from(WebApplicationException exception) {
        if (exception.getCause() instanceof JacksonException json) {
            return JsonProblems.from(json);
        }
        return forStatus(exception.getResponse().getStatus());
    }

    /** The problem for a status; null for 5xx other than 503 (those are unexpected server failures). */
    public static Problem forStatus(int status) {
        return switch (status) {
            case 400 -> Problem.of(status, "bad-request", "Bad request", "The request is invalid.");
            case 401 -> Problem.of(status, "unauthorized", "Unauthorized", "Valid credentials are required.");
            case 403 -> Problem.of(status, "forbidden", "Forbidden", "You may not perform this operation.");
            case 404 -> Problem.of(status, "not-found", "Resource not found", "The requested resource does not exist.");
            case 405 ->
                Problem.of(
                        status,
                        "method-not-allowed",
                        "Method not allowed",
                        "This method is not allowed on the resource.");
            case 406 ->
                Problem.of(
                        status,
                        "not-acceptable",
                        "Not acceptable",
                        "The resource cannot be represented in a media type the Accept header allows.");
            case 409 -> Problem.of(status, "conflict", "Conflict", "The request conflicts with the resource's state.");
            case 412 ->
                Problem.of(status, "precondition-failed", "Precondition failed", "A request precondition is not met.");
            case 413 ->
                Problem.of(
                        status, "payload-too-large", "Payload too large", "The request body is larger than allowed.");
            case 415 ->
                Problem.of(
                        status,
                        "unsupported-media-type",
                        "Unsupported media type",
                        "The request Content-Type is not supported by this resource.");
            case 428 ->
                Problem.of(
                        status, "precondition-required", "Precondition required", "The request must be conditional.");
            case 429 -> Problem.of(status, "too-many-requests", "Too many requests", "Retry after a while.");
            case 503 ->
                Problem.of(
                        status,
                        "service-unavailable",
                        "Service unavailable",
                        "The service is temporarily unavailable.");
            default -> status >= 500 ? null : generic(status);
        };
    }

    private static Problem generic(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String reason = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return Problem.of(status, "http-" + status, reason, reason + ".");
    }
}
