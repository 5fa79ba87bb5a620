package io.crmsuite.crm.rest.strict;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A body's string holds text no service accepts ({@link Text#defect}); answered as a 400 naming the field. */
public final class BadTextException extends MismatchedInputException {
    private final String defect;

    BadTextException(JsonParser parser, String defect) {
        super(parser, "string " + defect);
        this.defect = defect;
    }

    /** The message after the field's name, e.g. "must not contain the NUL character". */
    public String defect() {
        return defect;
    }
}
