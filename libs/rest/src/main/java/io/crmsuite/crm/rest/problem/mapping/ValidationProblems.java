package io.crmsuite.crm.rest.problem.mapping;

import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Bean Validation failures as a 400 problem with one entry per violated field. */
public final class ValidationProblems {

    private ValidationProblems() {}

    /** The 400 problem, or null when a return value was invalid (a server bug, answered as 500). */
    public static Problem from(ConstraintViolationException exception) {
        Set<ConstraintViolation<?>> violations = exception.getConstraintViolations();
        if (violations == null || violations.isEmpty()) {
            return InvalidRequestException.validation(List.of()).toProblem();
        }
        if (violations.stream().anyMatch(v -> FieldPaths.isReturnValue(v.getPropertyPath()))) {
            return null;
        }
        List<FieldError> errors = violations.stream()
                .map(v -> new FieldError(emptyToNull(FieldPaths.of(v.getPropertyPath())), v.getMessage()))
                .sorted(Comparator.comparing((FieldError e) -> e.field() == null ? "" : e.field())
                        .thenComparing(FieldError::message))
                .toList();
        return InvalidRequestException.validation(errors).toProblem();
    }

    private static String emptyToNull(String field) {
        return field.isEmpty() ? null : field;
    }
}
