package io.crmsuite.crm.rest.problem.mapping;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of a request, quoted in every problem and in the log of a 500: the caller's {@code X-Request-Id} when it is a
 * short safe token (so the gateway's id carries through), otherwise a new UUID. Remembered on the routing context.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "crm.rest.request-id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {}

    public static String of(RoutingContext ctx) {
        if (ctx == null) {
            return UUID.randomUUID().toString();
        }
        String known = ctx.get(KEY);
        if (known != null) {
            return known;
        }
        String id = sanitize(ctx.request().getHeader(HEADER));
        ctx.put(KEY, id);
        return id;
    }

    static String sanitize(String header) {
        return header != null && SAFE.matcher(header).matches()
                ? header
                : UUID.randomUUID().toString();
    }
}
