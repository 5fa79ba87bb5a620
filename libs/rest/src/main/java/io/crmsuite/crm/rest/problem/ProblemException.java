package io.crmsuite.crm.rest.problem;

import java.util.List;
import java.util.Map;

/**
 * Base of the expected, client-caused failures: each becomes a problem+json response with its status, slug and detail.
 * The detail is shown to the caller, so it must not contain secrets or internals. No stack trace is captured (these
 * are control flow, not bugs).
 */
public abstract class ProblemException extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    protected ProblemException(
            int status, String slug, String title, String detail, List<FieldError> errors, Map<String, ?> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    protected ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, null, null);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public Problem toProblem() {
        return Problem.of(status, slug, title, getMessage()).withErrors(errors).withExtensions(extensions);
    }
}
