package io.crmsuite.crm.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of event payloads: times as ISO-8601 strings, decimals without exponent, enums by name. Reading
 * tolerates unknown properties, so an added optional field does not break older consumers.
 */
public final class EventJson {

    private EventJson() {}

    public static ObjectMapper newObjectMapper() {
        return configure(new ObjectMapper());
    }

    /** Applies the event conventions to a mapper, e.g. from a service's ObjectMapper customizer. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
