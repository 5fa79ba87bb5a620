package io.crmsuite.crm.rest.problem;

/** 413: the request body (or a collection in it) is larger than allowed. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(String detail) {
        super(413, "payload-too-large", "Payload too large", detail);
    }
}
