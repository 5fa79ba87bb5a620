package io.crmsuite.crm.rest.problem.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Names JSON types the way an API client reads them ("an integer", "one of: RED, GREEN"). */
final class JsonTypes {

    private JsonTypes() {}

    static String describe(Class<?> type) {
        if (type == null) {
            return "of another JSON type";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (isInteger(type)) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (Temporal.class.isAssignableFrom(type) || TemporalAmount.class.isAssignableFrom(type)) {
            return "an ISO-8601 " + (TemporalAmount.class.isAssignableFrom(type) ? "duration" : "date/time");
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of: " + String.join(", ", enumValues(type));
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "an object" : "of another JSON type";
    }

    /** The enum's JSON names: {@code @JsonProperty} where given, the constant name otherwise. */
    static List<String> enumValues(Class<?> enumType) {
        List<String> values = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            values.add(jsonName(enumType, name));
        }
        return values;
    }

    private static String jsonName(Class<?> enumType, String name) {
        try {
            JsonProperty property = enumType.getField(name).getAnnotation(JsonProperty.class);
            return property != null && !property.value().isEmpty() ? property.value() : name;
        } catch (NoSuchFieldException e) {
            return name;
        }
    }

    private static boolean isInteger(Class<?> type) {
        return type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class
                || type == Byte.class
                || type == byte.class
                || type == java.math.BigInteger.class;
    }
}
