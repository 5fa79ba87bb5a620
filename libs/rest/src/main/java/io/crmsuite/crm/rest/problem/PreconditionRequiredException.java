package io.crmsuite.crm.rest.problem;

/** 428: the request must be conditional ({@code If-Match}). */
public class PreconditionRequiredException extends ProblemException {

    public PreconditionRequiredException(String detail) {
        super(428, "precondition-required", "Precondition required", detail);
    }
}
