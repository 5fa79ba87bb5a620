package io.crmsuite.crm.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SalesAccessTest {
    private static CurrentUser user(String team, String... roles) {
        return new CurrentUser("sub-1", "someone", "Someone", team, "East China", Set.of(roles), "crm-cli");
    }

    @Test
    void adminSeesAndChangesEverything() {
        CurrentUser admin = user(null, Roles.ADMIN);
        assertEquals(new RecordScope.All(), SalesAccess.readScope(admin));
        assertEquals(new RecordScope.All(), SalesAccess.writeScope(admin));
    }

    @Test
    void auditorReadsEverythingButChangesNothing() {
        CurrentUser auditor = user(null, Roles.AUDITOR);
        assertEquals(new RecordScope.All(), SalesAccess.readScope(auditor));
        assertEquals(new RecordScope.None(), SalesAccess.writeScope(auditor));
    }

    @Test
    void managerIsScopedToTheTeamEvenWithTheCompositeRepRole() {
        CurrentUser manager = user("east", Roles.SALES_MANAGER, Roles.SALES_REP);
        assertEquals(new RecordScope.Team("east"), SalesAccess.readScope(manager));
        assertEquals(new RecordScope.Team("east"), SalesAccess.writeScope(manager));
    }

    @Test
    void managerWithoutTeamSeesNothing() {
        assertEquals(new RecordScope.None(), SalesAccess.readScope(user(" ", Roles.SALES_MANAGER)));
    }

    @Test
    void repSeesOwnRecordsOnly() {
        assertEquals(new RecordScope.Owner("sub-1"), SalesAccess.readScope(user("east", Roles.SALES_REP)));
    }

    @Test
    void partnerSeesItsSubmissionsOnlyWhereTheServiceAllowsIt() {
        CurrentUser partner = new CurrentUser(
                "sa", "service-account-partner-acme", "p", null, null, Set.of(Roles.PARTNER), "partner-acme");
        assertEquals(new RecordScope.Submitter("partner-acme"), SalesAccess.readScope(partner));
        assertEquals(new RecordScope.None(), SalesAccess.readScope(partner, false));
        assertEquals("client:partner-acme", partner.actor());
    }

    @Test
    void otherRolesSeeNoSalesRecords() {
        for (String role : Set.of(Roles.MARKETER, Roles.SUPPORT_AGENT, Roles.SUPPORT_MANAGER)) {
            assertEquals(new RecordScope.None(), SalesAccess.readScope(user("x", role)), role);
        }
    }

    @Test
    void scopeBecomesAParameterisedPredicate() {
        ScopeClause.Columns columns = new ScopeClause.Columns("l.ownerId", "l.team", "l.submittedBy");
        assertEquals(
                new ScopeClause("l.ownerId = :scopeOwner", Map.of("scopeOwner", "u1")),
                ScopeClause.of(new RecordScope.Owner("u1"), columns));
        assertEquals(
                new ScopeClause("l.team = :scopeTeam", Map.of("scopeTeam", "west")),
                ScopeClause.of(new RecordScope.Team("west"), columns));
        assertEquals("1 = 0", ScopeClause.of(new RecordScope.None(), columns).predicate());
        assertEquals("1 = 1", ScopeClause.of(new RecordScope.All(), columns).predicate());
        // a table without a submitter column never matches partner scope
        assertEquals(
                "1 = 0",
                ScopeClause.of(new RecordScope.Submitter("p"), ScopeClause.Columns.ownerAndTeam("o", "t"))
                        .predicate());
    }
}
