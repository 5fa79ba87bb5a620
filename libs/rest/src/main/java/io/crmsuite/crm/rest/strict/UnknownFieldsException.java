package io.crmsuite.crm.rest.strict;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;

/** Every field of a body that its operation does not know (Jackson alone stops at the first). */
public final class UnknownFieldsException extends MismatchedInputException {
    private final transient List<String> fields;

    UnknownFieldsException(JsonParser parser, List<String> fields) {
        super(parser, "unknown fields " + fields);
        this.fields = List.copyOf(fields);
    }

    /** The unknown fields as paths ({@code address.floor}, {@code items[1].colour}), in the order met. */
    public List<String> fields() {
        return fields;
    }
}
