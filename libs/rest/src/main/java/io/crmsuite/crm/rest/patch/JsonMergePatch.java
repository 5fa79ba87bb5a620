package io.crmsuite.crm.rest.patch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.Problem;
import io.crmsuite.crm.rest.problem.mapping.JsonProblems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;

/**
 * PATCH with merge semantics (RFC 7396, {@code application/merge-patch+json}): members present in the patch replace
 * the current ones, {@code null} removes (clears) them, absent members stay. The merged result is read back into the
 * DTO type and bean-validated, so a bad value is a 400 problem naming the field, exactly like on a create.
 */
@ApplicationScoped
public class JsonMergePatch {
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper mapper;
    private final Validator validator;

    public JsonMergePatch(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** The current state (a DTO of the writable fields) with the patch applied, validated. */
    public <T> T apply(JsonNode patch, T current, Class<T> type) {
        if (!(patch instanceof ObjectNode)) {
            throw InvalidRequestException.forField(null, "a merge patch must be a JSON object");
        }
        JsonNode merged = merge(mapper.valueToTree(current), patch);
        T result;
        try {
            result = mapper.treeToValue(merged, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Problem problem = e instanceof JsonProcessingException json ? JsonProblems.from(json) : null;
            throw new InvalidRequestException(
                    "validation",
                    "Validation failed",
                    "The patch has an invalid value.",
                    problem == null ? null : problem.errors());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }

    /** RFC 7396 MergePatch(target, patch). */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!(patch instanceof ObjectNode patchObject)) {
            return patch;
        }
        ObjectNode result = target instanceof ObjectNode object ? object.deepCopy() : patchObject.objectNode();
        for (Map.Entry<String, JsonNode> field : patchObject.properties()) {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
