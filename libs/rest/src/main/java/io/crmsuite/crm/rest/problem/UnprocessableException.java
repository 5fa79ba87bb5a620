package io.crmsuite.crm.rest.problem;

/** 422: well-formed but unusable, e.g. an Idempotency-Key reused with another body. */
public class UnprocessableException extends ProblemException {

    public UnprocessableException(String detail) {
        this("unprocessable", detail);
    }

    public UnprocessableException(String slug, String detail) {
        super(422, slug, "Unprocessable request", detail);
    }
}
