package io.crmsuite.crm.helm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;

/**
 * The fabric8 and Strimzi models keep unknown fields in an {@code @JsonAnySetter} map ("additionalProperties"), so
 * FAIL_ON_UNKNOWN_PROPERTIES alone never fires on them. This introspector hides every any-setter and every
 * {@code ignoreUnknown}, so an unknown field fails deserialisation, as the Kubernetes API server's strict field
 * validation would reject it.
 */
final class StrictIntrospector extends JacksonAnnotationIntrospector {

    @Override
    public Boolean hasAnySetter(Annotated annotated) {
        return Boolean.FALSE;
    }

    /** Writing back, every property is written, defaults included, so a value the model dropped shows as null. */
    @Override
    public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
        return JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS);
    }

    @Override
    public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated annotated) {
        return super.findPropertyIgnoralByName(config, annotated).withoutIgnoreUnknown();
    }
}
