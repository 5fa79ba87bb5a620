package io.crmsuite.crm.contact.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.contact.domain.Account;
import io.crmsuite.crm.contact.domain.PersonNames;
import io.crmsuite.crm.rest.problem.ConflictException;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.security.RecordScope;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The per-row decisions of an account chunk, without a database: what the lookups found is given. */
class AccountImportPlannerTest {
    private static final RecordScope REP1 = new RecordScope.Owner("rep1");
    private final AccountImportPlanner planner = new AccountImportPlanner();

    private static Account account(String name, String owner, String externalId, String... tags) {
        Account a = new Account();
        a.id = UUID.randomUUID();
        a.name = PersonNames.clean(name);
        a.nameKey = PersonNames.key(name);
        a.ownerId = owner;
        a.team = "east";
        a.externalId = externalId;
        a.tags = tags;
        return a;
    }

    private static AccountImportPlanner.Row row(int number, Account a) {
        return new AccountImportPlanner.Row(number, a);
    }

    private static AccountImportPlanner.Stored stored(Account... accounts) {
        return new AccountImportPlanner.Stored(List.of(accounts), Set.of());
    }

    private static String reason(AccountImportPlanner.Outcome outcome) {
        return ((ConflictException) ((AccountImportPlanner.Rejected) outcome).reason()).slug();
    }

    @Test
    void sameNormalisedNameAsAStoredAccountOrAnEarlierRowIsADuplicate() {
        Account held = account("Acme Corp", "rep2", null);
        List<AccountImportPlanner.Outcome> outcomes = planner.plan(
                List.of(
                        row(1, account("  ACME   corp ", "rep1", null)),
                        row(2, account("Beta Ltd", "rep1", null)),
                        row(3, account("beta LTD", "rep1", null)),
                        row(4, account("Beta Ltd.", "rep1", null))),
                stored(held),
                ContactService.OnDuplicate.REJECT,
                REP1);
        assertEquals("duplicate-account", reason(outcomes.get(0)));
        assertInstanceOf(AccountImportPlanner.Created.class, outcomes.get(1));
        assertEquals("duplicate-account", reason(outcomes.get(2)));
        // only the exact normalised name counts: "Beta Ltd." is another company name
        assertInstanceOf(AccountImportPlanner.Created.class, outcomes.get(3));
    }

    @Test
    void mergeFillsEmptyFieldsOfAnAccountInScopeAndUnitesTags() {
        Account own = account("Acme", "rep1", null, "old");
        own.version = 3;
        Account incoming = account("acme", "rep1", "erp-1", "new", "old");
        incoming.industry = "Chemicals";
        own.website = "https://acme.example";
        incoming.website = "https://other.example";
        var outcome = (AccountImportPlanner.Merged)
                planner.plan(List.of(row(1, incoming)), stored(own), ContactService.OnDuplicate.MERGE, REP1)
                        .getFirst();
        assertSame(own, outcome.target());
        assertTrue(outcome.stored(), "the merge target is a stored account");
        assertEquals("Chemicals", own.industry);
        assertEquals("https://acme.example", own.website);
        assertEquals("erp-1", own.externalId);
        assertArrayEquals(new String[] {"old", "new"}, own.tags);
        assertEquals(List.of("industry", "tags", "externalId"), outcome.changed());
    }

    @Test
    void mergeNeverTouchesAnAccountOutsideTheImportersScope() {
        Account foreign = account("Acme", "rep2", null);
        foreign.team = "west";
        Account incoming = account("Acme", "rep1", null);
        incoming.industry = "Chemicals"; // what a merge would copy
        var outcomes = planner.plan(List.of(row(1, incoming)), stored(foreign), ContactService.OnDuplicate.MERGE, REP1);
        assertEquals("duplicate-account", reason(outcomes.getFirst()));
        assertNull(foreign.industry, "an account of another owner is left untouched");
        // a manager of the account's team may merge into it
        var managed = planner.plan(
                List.of(row(1, account("Acme", "rep1", null))),
                stored(foreign),
                ContactService.OnDuplicate.MERGE,
                new RecordScope.Team("west"));
        assertInstanceOf(AccountImportPlanner.Merged.class, managed.getFirst());
    }

    @Test
    void mergePrefersTheWritableOneOfSeveralDuplicates() {
        Account foreign = account("Acme", "rep2", null);
        Account own = account("Acme", "rep1", null);
        var outcome = (AccountImportPlanner.Merged) planner.plan(
                        List.of(row(1, account("Acme", "rep1", null, "t"))),
                        stored(foreign, own),
                        ContactService.OnDuplicate.MERGE,
                        REP1)
                .getFirst();
        assertSame(own, outcome.target());
    }

    @Test
    void externalIdMatchesFirstAndStaysUniqueUnderAllow() {
        Account held = account("Old Name", "rep1", "erp-7");
        var merged = planner.plan(
                List.of(row(1, account("New Name", "rep1", "erp-7"))),
                stored(held),
                ContactService.OnDuplicate.MERGE,
                REP1);
        assertSame(held, ((AccountImportPlanner.Merged) merged.getFirst()).target());
        var allowed = planner.plan(
                List.of(row(1, account("Old Name", "rep1", null)), row(2, account("Other", "rep1", "erp-7"))),
                stored(held),
                ContactService.OnDuplicate.ALLOW,
                REP1);
        assertInstanceOf(AccountImportPlanner.Created.class, allowed.get(0));
        assertEquals("external-id-taken", reason(allowed.get(1)));
    }

    @Test
    void aParentMustBeAnExistingAccount() {
        UUID parent = UUID.randomUUID();
        Account child = account("Child", "rep1", null);
        child.parentId = parent;
        Account orphan = account("Orphan", "rep1", null);
        orphan.parentId = UUID.randomUUID();
        var outcomes = planner.plan(
                List.of(row(1, child), row(2, orphan)),
                new AccountImportPlanner.Stored(List.of(), Set.of(parent)),
                ContactService.OnDuplicate.REJECT,
                REP1);
        assertInstanceOf(AccountImportPlanner.Created.class, outcomes.get(0));
        assertInstanceOf(InvalidRequestException.class, outcomes.get(1).reason());
    }
}
