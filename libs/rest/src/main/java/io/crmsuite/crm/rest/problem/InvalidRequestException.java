package io.crmsuite.crm.rest.problem;

import java.util.List;

/** 400: invalid input, with the offending fields (body paths, query parameters or headers). */
public class InvalidRequestException extends ProblemException {

    public InvalidRequestException(String slug, String title, String detail, List<FieldError> errors) {
        super(400, slug, title, detail, errors, null);
    }

    /** A validation problem ({@code urn:crm:problem:validation}) naming the given fields. */
    public static InvalidRequestException validation(List<FieldError> errors) {
        return new InvalidRequestException(
                "validation", "Validation failed", "One or more fields are invalid.", errors);
    }

    /** A validation problem about one field, query parameter or header. */
    public static InvalidRequestException forField(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }
}
