package io.crmsuite.crm.rest.strict;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A key given twice in one object of a body (which one should win?); answered as a 400 naming it. */
public final class DuplicateFieldException extends MismatchedInputException {
    private final String field;

    DuplicateFieldException(JsonParser parser, String field) {
        super(parser, "duplicate field " + field);
        this.field = field;
    }

    /** The key's path ({@code address.city}). */
    public String field() {
        return field;
    }
}
