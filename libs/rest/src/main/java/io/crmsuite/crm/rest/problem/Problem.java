package io.crmsuite.crm.rest.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}. Null members are omitted; extension members
 * (e.g. {@code candidates}, {@code requestId}) are written at the top level next to the standard ones.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:crm:problem:";

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        extensions =
                extensions == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** A problem of type {@code urn:crm:problem:<slug>}. */
    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(typeUri(slug), title, status, detail, null, null, null);
    }

    public static String typeUri(String slug) {
        return TYPE_PREFIX + slug;
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, extensions);
    }

    public Problem withInstance(String requestInstance) {
        return new Problem(type, title, status, detail, requestInstance, errors, extensions);
    }

    public Problem withExtension(String name, Object value) {
        Map<String, Object> merged = new LinkedHashMap<>(extensions);
        merged.put(name, value);
        return new Problem(type, title, status, detail, instance, errors, merged);
    }

    public Problem withExtensions(Map<String, ?> more) {
        Map<String, Object> merged = new LinkedHashMap<>(extensions);
        merged.putAll(more);
        return new Problem(type, title, status, detail, instance, errors, merged);
    }

    /** The slug of {@link #type()} ({@code validation} for {@code urn:crm:problem:validation}). */
    @JsonIgnore
    public String slug() {
        return type != null && type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }
}
