package io.crmsuite.crm.gateway.customer;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of the customer 360 view: a GET on an upstream whose path has {@code {contactId}} or {@code {accountId}}
 * filled in, and for lists an optional filter ({@code status=OPEN}) and cap.
 */
public record PartSpec(
        String name,
        String upstream,
        String pathTemplate,
        boolean afterContact,
        Optional<String> keepWhere,
        OptionalInt maxItems) {
    private static final Pattern VARIABLE = Pattern.compile("\\{(contactId|accountId)}");

    /** The path with its variables filled in; empty when a variable has no value (a contact without account). */
    public Optional<String> path(Map<String, String> values) {
        Matcher matcher = VARIABLE.matcher(pathTemplate);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return Optional.of(path.toString());
    }

    /** The part's value as shown: a list filtered and capped as configured; anything else unchanged. */
    public Object shape(Object value) {
        if (value instanceof JsonObject page && page.getValue("items") instanceof JsonArray items) {
            return shape(items); // a page of a cursor-paginated list: its items
        }
        if (!(value instanceof JsonArray list)) {
            return value;
        }
        JsonArray shaped = new JsonArray();
        String field =
                keepWhere.map(rule -> rule.substring(0, rule.indexOf('='))).orElse(null);
        String wanted =
                keepWhere.map(rule -> rule.substring(rule.indexOf('=') + 1)).orElse(null);
        int cap = maxItems.orElse(Integer.MAX_VALUE);
        for (Object item : list) {
            if (shaped.size() >= cap) {
                break;
            }
            if (field == null
                    || item instanceof JsonObject object && wanted.equals(String.valueOf(object.getValue(field)))) {
                shaped.add(item);
            }
        }
        return shaped;
    }

    private String keepField() {
        return keepWhere.map(rule -> rule.substring(0, rule.indexOf('='))).orElse(null);
    }

    private String keepValue() {
        return keepWhere.map(rule -> rule.substring(rule.indexOf('=') + 1)).orElse(null);
    }

    public PartSpec {
        if (keepWhere.isPresent() && !keepWhere.get().matches("[A-Za-z0-9_]+=.+")) {
            throw new IllegalArgumentException("part " + name + ": keep-where must read field=value");
        }
    }
}
