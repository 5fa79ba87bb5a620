package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.security.CurrentUser;
import io.crmsuite.crm.security.RecordScope;
import io.crmsuite.crm.security.SalesAccess;
import java.util.Objects;

/**
 * An import job's write scope, stored with the job as text ({@code ALL}, {@code TEAM}, {@code OWNER}, {@code NONE}):
 * the job runs after the request, without the caller's token, but must merge only into records its creator may change.
 */
public final class ImportScopes {
    private ImportScopes() {}

    public static String name(CurrentUser user) {
        return switch (SalesAccess.writeScope(user, false)) {
            case RecordScope.All a -> "ALL";
            case RecordScope.Team t -> "TEAM";
            case RecordScope.Owner o -> "OWNER";
            default -> "NONE";
        };
    }

    /** The scope of a stored job; jobs stored before scopes were recorded: the owner's own records. */
    public static RecordScope parse(String name, String ownerId, String team) {
        if (name == null) {
            return new RecordScope.Owner(ownerId);
        }
        return switch (name) {
            case "ALL" -> new RecordScope.All();
            case "TEAM" -> team == null ? new RecordScope.None() : new RecordScope.Team(team);
            case "OWNER" -> new RecordScope.Owner(ownerId);
            default -> new RecordScope.None();
        };
    }

    /** Whether a record with this owner and team is inside the scope. */
    public static boolean covers(RecordScope scope, String ownerId, String team) {
        return switch (scope) {
            case RecordScope.All a -> true;
            case RecordScope.Team t -> Objects.equals(t.team(), team);
            case RecordScope.Owner o -> Objects.equals(o.ownerId(), ownerId);
            default -> false;
        };
    }
}
