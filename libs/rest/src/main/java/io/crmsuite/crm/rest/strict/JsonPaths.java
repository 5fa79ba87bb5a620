package io.crmsuite.crm.rest.strict;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayList;
import java.util.List;

/** A parser's position in a body as problems name fields: {@code address.floor}, {@code items[1].colour}. */
public final class JsonPaths {
    private JsonPaths() {}

    /**
     * The path of the value the parser is at (for an object or array value just begun: of that value, nothing inside
     * it being named yet); null at the top level.
     */
    public static String position(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.addFirst(c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray() && c.getEntryCount() > 0) {
                path.append('[').append(c.getCurrentIndex()).append(']');
            } else if (c.inObject() && c.getCurrentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(c.getCurrentName());
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
