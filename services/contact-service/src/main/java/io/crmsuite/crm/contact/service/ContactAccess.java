package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.security.CurrentUser;
import io.crmsuite.crm.security.RecordScope;
import io.crmsuite.crm.security.Roles;
import io.crmsuite.crm.security.SalesAccess;
import io.crmsuite.crm.security.ScopeClause;
import java.util.Map;

/**
 * Record-level access to contacts and accounts (docs/architecture.md §8), as HQL predicates: admins and auditors read everything;
 * sales managers their team, reps what they own; support roles read every contact; marketers read only contacts with
 * marketing consent; partners and everyone else nothing. Writes follow the sales rules (admins, managers for their
 * team, reps for their own). Column names refer to the entity alias {@code c}.
 */
public final class ContactAccess {
    private static final ScopeClause.Columns COLUMNS = ScopeClause.Columns.ownerAndTeam("c.ownerId", "c.team");
    private static final ScopeClause.Columns SQL_COLUMNS = ScopeClause.Columns.ownerAndTeam("c.owner_id", "c.team");

    private ContactAccess() {}

    public static ScopeClause readContacts(CurrentUser user) {
        return readContacts(user, false);
    }

    /** The same rules for native SQL over table alias {@code c}. */
    public static ScopeClause readContactsSql(CurrentUser user) {
        return readContacts(user, true);
    }

    private static ScopeClause readContacts(CurrentUser user, boolean sql) {
        RecordScope sales = SalesAccess.readScope(user, false);
        if (!(sales instanceof RecordScope.None)) {
            return ScopeClause.of(sales, sql ? SQL_COLUMNS : COLUMNS);
        }
        if (user.hasAny(Roles.SUPPORT_MANAGER, Roles.SUPPORT_AGENT)) {
            return new ScopeClause("1 = 1", Map.of());
        }
        if (user.has(Roles.MARKETER)) {
            return new ScopeClause(sql ? "c.marketing_consent = true" : "c.marketingConsent = true", Map.of());
        }
        return new ScopeClause("1 = 0", Map.of());
    }

    /** Accounts hold no personal data: marketers and support read them all. */
    public static ScopeClause readAccounts(CurrentUser user) {
        RecordScope sales = SalesAccess.readScope(user, false);
        if (!(sales instanceof RecordScope.None)) {
            return ScopeClause.of(sales, COLUMNS);
        }
        if (user.hasAny(Roles.SUPPORT_MANAGER, Roles.SUPPORT_AGENT, Roles.MARKETER)) {
            return new ScopeClause("1 = 1", Map.of());
        }
        return new ScopeClause("1 = 0", Map.of());
    }

    public static ScopeClause write(CurrentUser user) {
        return ScopeClause.of(SalesAccess.writeScope(user, false), COLUMNS);
    }

    /** Who may create contacts and accounts, change them (within their write scope) and record timelines. */
    public static final String[] WRITERS = {Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP};
}
