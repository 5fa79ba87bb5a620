package io.crmsuite.crm.rest.etag;

import io.crmsuite.crm.rest.problem.PreconditionFailedException;
import io.crmsuite.crm.rest.problem.PreconditionRequiredException;
import jakarta.ws.rs.core.EntityTag;

/**
 * ETags from row versions and the {@code If-Match} check of updates. The ETag is the strong tag {@code "<version>"}.
 * A weak tag {@code W/"<version>"} in If-Match also matches: the tag names a row version, not a byte representation,
 * and a compressing proxy may weaken the ETag on the way to the client (RFC 9110 would demand strong comparison; we
 * deliberately accept both).
 */
public final class ETags {
    public static final String IF_MATCH = "If-Match";

    private ETags() {}

    /** The ETag header value for a row version: {@code "7"} (with the quotes). */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The same as a JAX-RS {@link EntityTag}, for {@code Response.ok().tag(...)}. */
    public static EntityTag entityTag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the representation and the ETag of its row version: the answer to a GET or an update. */
    public static jakarta.ws.rs.core.Response ok(Object entity, long version) {
        return jakarta.ws.rs.core.Response.ok(entity).tag(entityTag(version)).build();
    }

    /**
     * Checks an optional If-Match: absent passes; {@code *}, the current tag (strong or weak) or a list containing it
     * passes; anything else is 412. A malformed header is a 400 problem.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        if (!IfMatch.parse(ifMatch).matches(Long.toString(currentVersion))) {
            throw new PreconditionFailedException("The resource has changed (current ETag " + of(currentVersion)
                    + "); read it again and retry with the new ETag.");
        }
    }

    /** Demands If-Match (428 when absent), then checks it like {@link #requireMatch}. */
    public static void requireIfMatch(String ifMatch, long currentVersion) {
        requirePresent(ifMatch);
        requireMatch(ifMatch, currentVersion);
    }

    /** 428 when If-Match is absent; use before loading the row when updates must be conditional. */
    public static void requirePresent(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException(
                    "This update requires an If-Match header with the resource's current ETag.");
        }
    }
}
