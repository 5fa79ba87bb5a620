package io.crmsuite.crm.rest.problem;

/** 412: the {@code If-Match} ETag is stale. */
public class PreconditionFailedException extends ProblemException {

    public PreconditionFailedException(String detail) {
        super(412, "precondition-failed", "Precondition failed", detail);
    }
}
