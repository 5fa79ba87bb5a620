package io.crmsuite.crm.security;

/**
 * Record-level rules for sales records (leads, contacts, accounts, opportunities), docs/architecture.md §8: admins everything;
 * auditors read everything and change nothing; managers their team; reps what they own; partners what they submitted
 * (leads only: a service that has no partner-visible records uses {@link #readScope(CurrentUser, boolean)} with
 * {@code false}); every other role nothing.
 */
public final class SalesAccess {
    private SalesAccess() {}

    public static RecordScope readScope(CurrentUser user) {
        return readScope(user, true);
    }

    public static RecordScope readScope(CurrentUser user, boolean partnerSubmissionsVisible) {
        if (user.isAdmin() || user.isAuditor()) {
            return new RecordScope.All();
        }
        return writeScope(user, partnerSubmissionsVisible);
    }

    public static RecordScope writeScope(CurrentUser user) {
        return writeScope(user, true);
    }

    public static RecordScope writeScope(CurrentUser user, boolean partnerSubmissionsVisible) {
        if (user.isAdmin()) {
            return new RecordScope.All();
        }
        if (user.has(Roles.SALES_MANAGER)) {
            return user.teamIfAny().<RecordScope>map(RecordScope.Team::new).orElseGet(RecordScope.None::new);
        }
        if (user.has(Roles.SALES_REP)) {
            return new RecordScope.Owner(user.subject());
        }
        if (user.isPartner() && partnerSubmissionsVisible && user.clientId() != null) {
            return new RecordScope.Submitter(user.clientId());
        }
        return new RecordScope.None();
    }
}
