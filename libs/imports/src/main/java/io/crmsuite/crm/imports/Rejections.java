package io.crmsuite.crm.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.Problem;
import io.crmsuite.crm.rest.problem.mapping.ExceptionTranslator;
import java.util.List;
import java.util.UUID;

/** A refused row as stored: the problem a single create would have answered, or what the database said. */
final class Rejections {
    private Rejections() {}

    static ImportRejection of(UUID job, int number, Throwable failure, ObjectMapper json) {
        Problem problem = ExceptionTranslator.translate(failure);
        List<FieldError> errors = problem == null || problem.errors() == null ? List.of() : problem.errors();
        ImportRejection rejection = new ImportRejection();
        rejection.jobId = job;
        rejection.rowNumber = number;
        rejection.reason = problem == null ? "not-storable" : problem.slug();
        rejection.detail = problem == null
                ? "the database refused the row: " + rootMessage(failure)
                : problem.detail() == null ? "" : problem.detail();
        try {
            rejection.errors = json.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            rejection.errors = "[]";
        }
        return rejection;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
