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
 * problem reports. Length limits stay Bean Validation's ({@code @Size(max = 200)}), which the OpenAPI document shows.
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
        if (rawType == String.class) {
            return (ParamConverter<T>) new QueryValueConverter<>(name, QueryValues::text);
        }
        QueryValues.Parser<T> parser = rawType.isEnum() ? QueryValues.enumParser((Class) rawType) : parser(rawType);
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
