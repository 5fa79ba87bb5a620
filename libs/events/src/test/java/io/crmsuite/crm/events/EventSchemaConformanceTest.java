package io.crmsuite.crm.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Java records and the JSON Schemas describe the same events. */
class EventSchemaConformanceTest {

    static Stream<Named<EventPayload>> fullSamples() {
        return SampleEvents.named(SampleEvents.full());
    }

    static Stream<Named<EventPayload>> nullSamples() {
        return SampleEvents.named(SampleEvents.withNulls());
    }

    static Stream<Named<EventPayload>> nestedNullSamples() {
        return SampleEvents.named(SampleEvents.nestedNulls());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fullSamples")
    void sampleWithEveryFieldSetIsValid(EventPayload event) {
        assertValid(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"nullSamples", "nestedNullSamples"})
    void sampleWithNullableFieldsNullIsValid(EventPayload event) {
        assertValid(event);
    }

    /** Every schema property is a record component (and the reverse), set in the full sample. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fullSamples")
    void fullSampleSetsEverySchemaProperty(EventPayload event) {
        String type = EventCatalog.typeOf(event.getClass());
        List<String> problems = new ArrayList<>();
        compare("", EventSchemas.schemaNode(type), EventSchemas.toJson(event), false, problems);
        assertTrue(problems.isEmpty(), type + ": " + problems);
    }

    /** Exactly the fields left out of "required" are the ones the null sample leaves null. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("nullSamples")
    void requiredListsMatchTheNonNullableFields(EventPayload event) {
        String type = EventCatalog.typeOf(event.getClass());
        List<String> problems = new ArrayList<>();
        compare("", EventSchemas.schemaNode(type), EventSchemas.toJson(event), true, problems);
        assertTrue(problems.isEmpty(), type + ": " + problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fullSamples")
    void aggregateIdIsNotPartOfThePayload(EventPayload event) {
        assertFalse(EventSchemas.toJson(event).has("aggregateId"));
    }

    private static void assertValid(EventPayload event) {
        String type = EventCatalog.typeOf(event.getClass());
        JsonNode json = EventSchemas.toJson(event);
        Set<ValidationMessage> errors = EventSchemas.validate(type, json);
        assertTrue(errors.isEmpty(), type + " " + json + " -> " + errors);
    }

    /**
     * Walks an inline object schema next to a sample: the sample has exactly the schema's properties; with
     * {@code nullsSample} a property is null exactly when it is not required, otherwise never null.
     */
    private static void compare(String path, JsonNode schema, JsonNode json, boolean nullsSample, List<String> out) {
        JsonNode properties = schema.path("properties");
        if (!properties.isObject() || !json.isObject()) {
            return;
        }
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        Set<String> jsonNames = new HashSet<>();
        json.fieldNames().forEachRemaining(jsonNames::add);
        Set<String> schemaNames = new HashSet<>();
        properties.fieldNames().forEachRemaining(schemaNames::add);
        if (!jsonNames.equals(schemaNames)) {
            out.add(path + ": sample has " + jsonNames + ", schema has " + schemaNames);
            return;
        }
        for (String name : schemaNames) {
            JsonNode value = json.get(name);
            boolean expectNull = nullsSample && !required.contains(name);
            if (value.isNull() != expectNull) {
                out.add(path + "/" + name + (expectNull ? " should be null" : " is null"));
                continue;
            }
            JsonNode propertySchema = properties.get(name);
            compare(path + "/" + name, propertySchema, value, nullsSample, out);
            if (value.isArray() && !value.isEmpty()) {
                compare(path + "/" + name + "/0", propertySchema.path("items"), value.get(0), nullsSample, out);
            }
        }
    }
}
