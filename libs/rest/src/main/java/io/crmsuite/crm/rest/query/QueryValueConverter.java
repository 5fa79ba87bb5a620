package io.crmsuite.crm.rest.query;

import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.InvalidParameterException;
import jakarta.ws.rs.ext.ParamConverter;

/** One query parameter's converter: strips, treats blank as absent, and names the parameter when a value is bad. */
final class QueryValueConverter<T> implements ParamConverter<T> {
    private final String name;
    private final QueryValues.Parser<T> parser;

    QueryValueConverter(String name, QueryValues.Parser<T> parser) {
        this.name = name;
        this.parser = parser;
    }

    @Override
    public T fromString(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.parse(value.strip());
        } catch (QueryValues.NotAllowed e) {
            throw new InvalidParameterException(new FieldError(name, e.getMessage(), e.allowed()));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(new FieldError(name, e.getMessage()));
        }
    }

    @Override
    public String toString(T value) {
        return value == null ? null : value instanceof Enum<?> constant ? constant.name() : value.toString();
    }
}
