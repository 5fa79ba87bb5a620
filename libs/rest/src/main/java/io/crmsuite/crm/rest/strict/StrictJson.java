package io.crmsuite.crm.rest.strict;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Request bodies are read strictly, in every service: an unknown field (each one named), a key given twice, a fraction
 * where a whole number is expected, and text with the NUL character or invalid Unicode are 400 problems naming the
 * field, never silently dropped, bent or passed on to the database. Readers of data the service did not receive from a
 * client (events, stored JSON) read tolerantly with {@code readerFor(type).without(FAIL_ON_UNKNOWN_PROPERTIES)}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.addHandler(new UnknownFields.Collector());
        SimpleModule module = new SimpleModule("crm-strict-input");
        module.addDeserializer(String.class, new CheckedStrings());
        module.setDeserializerModifier(new UnknownFields.AtRoot());
        mapper.registerModule(module);
    }

    @Override
    public int priority() {
        // after Quarkus's own customizer, which applies quarkus.jackson.fail-on-unknown-properties (false by default)
        return MINIMUM_PRIORITY;
    }
}
