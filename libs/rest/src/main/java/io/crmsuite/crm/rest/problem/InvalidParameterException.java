package io.crmsuite.crm.rest.problem;

import jakarta.ws.rs.BadRequestException;
import java.util.List;

/**
 * 400: a query parameter that cannot be converted ({@code ?status=OPENISH}, {@code ?contactId=42}). A JAX-RS exception
 * on purpose: the REST layer would turn any other failure of a query parameter's conversion into a 404. Answered as the
 * same {@code validation} problem as a bad body field, naming the parameter.
 */
public class InvalidParameterException extends BadRequestException {
    private final transient FieldError error;

    public InvalidParameterException(FieldError error) {
        super(error.field() + " " + error.message());
        this.error = error;
    }

    public FieldError error() {
        return error;
    }

    public Problem toProblem() {
        return InvalidRequestException.validation(List.of(error)).toProblem();
    }
}
