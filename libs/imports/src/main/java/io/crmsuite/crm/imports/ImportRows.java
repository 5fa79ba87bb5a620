package io.crmsuite.crm.imports;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.Problem;
import io.crmsuite.crm.rest.problem.mapping.JsonProblems;
import io.crmsuite.crm.rest.problem.mapping.ValidationProblems;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A row as the API input it stands for, read and bean-validated like a single create, with every field error of the
 * row at once (a CSV user fixes a row in one go): a field of the wrong type is reported and left out, and the row read
 * again, before bean validation runs on what could be read.
 */
public final class ImportRows {
    private static final int MAX_FIELD_ERRORS = 50;

    private ImportRows() {}

    /** The row as {@code type}; an invalid row throws a 400 problem listing its field errors. */
    public static <T> T validated(JsonNode row, Class<T> type, ObjectMapper json, Validator validator) {
        if (!(row instanceof ObjectNode object)) {
            throw InvalidRequestException.forField(null, "a row must be an object");
        }
        ObjectNode readable = object.deepCopy();
        List<FieldError> errors = new ArrayList<>();
        T value = null;
        while (value == null) {
            try {
                value = json.treeToValue(readable, type);
            } catch (JacksonException e) {
                Problem problem = JsonProblems.from(e);
                if (problem == null
                        || problem.errors() == null
                        || errors.size() >= MAX_FIELD_ERRORS
                        || !(e instanceof JsonMappingException mapping)
                        || !remove(readable, mapping.getPath())) {
                    throw InvalidRequestException.validation(sorted(errors, problem));
                }
                errors.addAll(problem.errors());
            }
        }
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            errors.addAll(ValidationProblems.from(new ConstraintViolationException(violations))
                    .errors());
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.validation(sorted(errors, null));
        }
        return value;
    }

    private static boolean remove(ObjectNode row, List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return false;
        }
        JsonNode parent = row;
        for (int i = 0; i < path.size() - 1; i++) {
            JsonMappingException.Reference step = path.get(i);
            parent = step.getFieldName() != null ? parent.get(step.getFieldName()) : parent.get(step.getIndex());
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = path.getLast();
        if (last.getFieldName() != null && parent instanceof ObjectNode object) {
            return object.remove(last.getFieldName()) != null;
        }
        if (last.getIndex() >= 0 && parent instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            return array.remove(last.getIndex()) != null;
        }
        return false;
    }

    private static List<FieldError> sorted(List<FieldError> errors, Problem last) {
        List<FieldError> all = new ArrayList<>(errors);
        if (last != null && last.errors() != null) {
            all.addAll(last.errors());
        }
        all.sort(Comparator.comparing((FieldError e) -> e.field() == null ? "" : e.field()));
        return all;
    }
}
