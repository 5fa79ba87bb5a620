package io.crmsuite.crm.rest.problem.mapping;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.Problem;
import io.crmsuite.crm.rest.strict.BadTextException;
import io.crmsuite.crm.rest.strict.DuplicateFieldException;
import io.crmsuite.crm.rest.strict.JsonPaths;
import io.crmsuite.crm.rest.strict.UnknownFieldsException;
import java.util.List;

/**
 * Jackson failures while reading a request body as 400 problems: unparsable JSON is {@code malformed-json}; a field of
 * the wrong type, an unknown enum value or an unknown field is a {@code validation} problem naming the field (and the
 * accepted enum values). Jackson's own messages are never shown: they name Java classes and echo input.
 */
public final class JsonProblems {

    private JsonProblems() {}

    /** The 400 problem, or null for a server-side mapping bug ({@link InvalidDefinitionException}). */
    public static Problem from(JacksonException exception) {
        if (exception instanceof InvalidDefinitionException) {
            return null;
        }
        if (exception instanceof UnknownFieldsException unknown) {
            List<FieldError> errors = unknown.fields().stream()
                    .map(field -> new FieldError(field, "is not a known field"))
                    .toList();
            String detail = "The request body has fields this operation does not know: "
                    + String.join(", ", unknown.fields()) + ".";
            return new InvalidRequestException("validation", "Validation failed", detail, errors).toProblem();
        }
        if (exception instanceof DuplicateFieldException duplicate) {
            return fieldProblem(new FieldError(duplicate.field(), "appears more than once"));
        }
        if (exception instanceof MismatchedInputException mismatch) {
            return fieldProblem(describe(mismatch));
        }
        if (exception instanceof StreamReadException read
                && read.getOriginalMessage() != null
                && read.getOriginalMessage().startsWith("Duplicate field")
                && read.getProcessor() instanceof JsonParser parser) {
            String field = JsonPaths.position(parser.getParsingContext());
            return fieldProblem(new FieldError(field, "appears more than once"));
        }
        if (exception instanceof JsonMappingException mapping) {
            if (mapping.getCause() instanceof InputCoercionException coercion) {
                String range = "is out of range for " + JsonTypes.describe(coercion.getTargetType());
                return fieldProblem(new FieldError(path(mapping), range));
            }
            // e.g. ValueInstantiationException: a constructor or factory refused the value
            return fieldProblem(new FieldError(path(mapping), "has an invalid value"));
        }
        return malformed(exception.getLocation());
    }

    static Problem malformed(JsonLocation location) {
        String where = location == null || location.getLineNr() < 0
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return Problem.of(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON" + where + ".");
    }

    private static Problem fieldProblem(FieldError error) {
        String field = error.field() == null ? "the request body" : "field '" + error.field() + "'";
        String detail = "The value of " + field + " is not acceptable.";
        return new InvalidRequestException("validation", "Validation failed", detail, List.of(error)).toProblem();
    }

    private static FieldError describe(MismatchedInputException mismatch) {
        String field = path(mismatch);
        if (mismatch instanceof UnrecognizedPropertyException) {
            return new FieldError(field, "is not a known field");
        }
        if (mismatch instanceof BadTextException bad) {
            return new FieldError(field, bad.defect());
        }
        Class<?> target = mismatch.getTargetType();
        if (target != null && target.isEnum()) {
            List<String> allowed = JsonTypes.enumValues(target);
            return new FieldError(field, "must be one of: " + String.join(", ", allowed), allowed);
        }
        return new FieldError(field, "must be " + JsonTypes.describe(target));
    }

    /** The JSON path of the failing value ({@code address.country}, {@code tags[1]}), or null for the whole body. */
    static String path(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
