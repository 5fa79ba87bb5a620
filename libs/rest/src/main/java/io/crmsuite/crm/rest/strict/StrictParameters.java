package io.crmsuite.crm.rest.strict;

import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The parameters of a request are checked against its operation, in every service, before it runs: a query parameter
 * the operation does not declare is a 400 naming it (a misspelt filter must not return everything), and a query or
 * path parameter or a header the operation reads that holds the NUL character or invalid Unicode is a 400 naming it
 * (never a database error). What an operation declares is read once from its method's annotations.
 */
public class StrictParameters {
    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    /** The query parameters and headers a resource method reads. */
    record Declared(Set<String> query, Set<String> headers) {
        static Declared of(Method method) {
            Set<String> query = new TreeSet<>();
            Set<String> headers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            Parameter[] parameters = method.getParameters();
            Annotation[][] annotations = method.getParameterAnnotations();
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i].isAnnotationPresent(BeanParam.class)) {
                    // a parameter object: its fields declare the parameters ({@code @BeanParam AuditQuery query})
                    for (Class<?> type = parameters[i].getType(); type != Object.class; type = type.getSuperclass()) {
                        for (Field field : type.getDeclaredFields()) {
                            add(field.getAnnotations(), field.getName(), query, headers);
                        }
                    }
                } else {
                    add(annotations[i], parameters[i].getName(), query, headers);
                }
            }
            return new Declared(Set.copyOf(query), headers);
        }

        private static void add(Annotation[] annotations, String javaName, Set<String> query, Set<String> headers) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof RestQuery rest) {
                    query.add(rest.value().isEmpty() ? javaName : rest.value());
                } else if (annotation instanceof QueryParam param) {
                    query.add(param.value());
                } else if (annotation instanceof RestHeader rest) {
                    headers.add(rest.value().isEmpty() ? javaName : rest.value());
                } else if (annotation instanceof HeaderParam param) {
                    headers.add(param.value());
                }
            }
        }
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Declared operation = declared.computeIfAbsent(method, Declared::of);
        List<FieldError> errors = new ArrayList<>();
        request.getUriInfo().getQueryParameters().forEach((name, values) -> {
            if (!operation.query().contains(name)) {
                errors.add(new FieldError(name, unknown(operation)));
                return;
            }
            values.forEach(value -> addIfDefective(errors, name, value));
        });
        request.getUriInfo()
                .getPathParameters()
                .forEach((name, values) -> values.forEach(value -> addIfDefective(errors, name, value)));
        for (String header : operation.headers()) {
            addIfDefective(errors, header, request.getHeaderString(header));
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.validation(errors);
        }
    }

    private static String unknown(Declared operation) {
        return operation.query().isEmpty()
                ? "is not a query parameter of this operation (it takes none)"
                : "is not a query parameter of this operation; it takes: "
                        + String.join(", ", new TreeSet<>(operation.query()));
    }

    private static void addIfDefective(List<FieldError> errors, String name, String value) {
        String defect = Text.defect(value);
        if (defect != null) {
            errors.add(new FieldError(name, defect));
        }
    }
}
