package io.crmsuite.crm.rest.strict;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;

/**
 * Any value read from a JSON string — an enum, a UUID, a date, a number given as text — is refused when the string holds
 * the NUL character or invalid Unicode, before the value's own deserializer sees it (several trim the text, which would
 * silently drop a trailing NUL).
 */
final class CheckedText extends DelegatingDeserializer {
    CheckedText(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new CheckedText(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            String defect = Text.defect(parser.getText());
            if (defect != null) {
                throw new BadTextException(parser, defect);
            }
        }
        return super.deserialize(parser, context);
    }
}
