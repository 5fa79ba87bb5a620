package io.crmsuite.crm.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One invalid input of a 400 problem: {@code field} is the JSON path in the body ({@code address.country},
 * {@code tags[1]}), a query/path parameter or a header name; {@code allowedValues} lists the accepted enum values.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, List<String> allowedValues) {

    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
