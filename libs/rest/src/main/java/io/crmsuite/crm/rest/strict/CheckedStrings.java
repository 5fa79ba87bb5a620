package io.crmsuite.crm.rest.strict;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/** Strings of a body as Jackson reads them, refused when they hold the NUL character or invalid Unicode. */
final class CheckedStrings extends StdScalarDeserializer<String> {
    CheckedStrings() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        String defect = Text.defect(value);
        if (defect != null) {
            throw new BadTextException(parser, defect);
        }
        return value;
    }
}
