package io.crmsuite.crm.rest.query;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * How every service reads query parameters, once: declare the parameter with its type and its name
 * ({@code @RestQuery("status") LeadStatus status}) and the value arrives converted, or the caller gets a 400
 * {@code validation} problem naming the parameter, never a 404 (what JAX-RS answers for a query parameter it cannot
 * convert) or a 500.
 *
 * <ul>
 *   <li>Every value is stripped; a blank one counts as absent ({@code null}; a missing one gets the declared
 *       {@code @DefaultValue}). Declare boxed types ({@code Integer}, not {@code int}): absent is {@code null}.
 *   <li>Enums are matched case-insensitively ({@code ?tier=a} is {@code A}); otherwise the problem lists the allowed
 *       values ({@code allowedValues}).
 *   <li>{@link UUID}, {@link Instant} (RFC 3339, e.g. {@code 2026-01-31T00:00:00Z}), {@link LocalDate}, whole numbers
 *       and booleans ({@code true}/{@code false}, any case) are parsed strictly.
 * </ul>
 *
 * Path and header parameters are left to Quarkus REST (an unconvertible path id stays a 404: no such resource). A
 * converted query parameter must carry its name in the annotation, or the service does not start: the name is what the
 * problem reports.
 *
 * <p>A text parameter's length limit is declared once, where partners read it: the {@code maxLength} of its OpenAPI
 * schema ({@code @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 200))}); a longer value is a 400
 * naming the parameter. Not Bean Validation's {@code @Size} on the parameter: that validates every parameter of the
 * method on every request, measurably on the list endpoints (docs/architecture.md §4).
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryName(annotations);
        if (name == null) {
            return null;
        }
        QueryValues.Parser<T> parser;
        if (rawType == String.class) {
            int maxLength = maxLength(annotations);
            parser = (QueryValues.Parser<T>) QueryValues.text(maxLength);
            if (maxLength == Integer.MAX_VALUE) {
                return new QueryValueConverter<>(name, parser); // never refuses a value: needs no name to report
            }
        } else {
            parser = rawType.isEnum() ? QueryValues.enumParser((Class) rawType) : parser(rawType);
        }
        if (parser == null) {
            return null;
        }
        if (name.isEmpty()) {
            throw new IllegalStateException("A query parameter of type " + rawType.getName()
                    + " needs its name in the annotation, e.g. @RestQuery(\"status\"): problems report it");
        }
        return new QueryValueConverter<>(name, parser);
    }

    @SuppressWarnings("unchecked")
    private static <T> QueryValues.Parser<T> parser(Class<T> type) {
        Object parser = null;
        if (type == UUID.class) {
            parser = (QueryValues.Parser<UUID>) QueryValues::uuid;
        } else if (type == Instant.class) {
            parser = (QueryValues.Parser<Instant>) QueryValues::instant;
        } else if (type == LocalDate.class) {
            parser = (QueryValues.Parser<LocalDate>) QueryValues::date;
        } else if (type == Integer.class) {
            parser = (QueryValues.Parser<Integer>) QueryValues::integer;
        } else if (type == Long.class) {
            parser = (QueryValues.Parser<Long>) QueryValues::longInteger;
        } else if (type == Boolean.class) {
            parser = (QueryValues.Parser<Boolean>) QueryValues::bool;
        }
        return (QueryValues.Parser<T>) parser;
    }

    /** The {@code maxLength} of the parameter's OpenAPI schema, or {@link Integer#MAX_VALUE} when it has none. */
    static int maxLength(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Parameter parameter) {
                return parameter.schema().maxLength();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The parameter's query name; empty when the annotation leaves it to the Java name; null if not a query one. */
    static String queryName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof RestQuery query) {
                return query.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }
}
