package io.crmsuite.crm.contact.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.contact.config.ContactSettings;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.ContactNormaliser;
import io.crmsuite.crm.contact.domain.DuplicateScorer;
import io.crmsuite.crm.contact.rest.ContactMapper;
import io.crmsuite.crm.rest.problem.ConflictException;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The per-row decisions of a chunk, without a database: what the lookups found is given. */
class ImportPlannerTest {
    private static final UUID ACME = UUID.randomUUID();
    private final ImportPlanner planner = new ImportPlanner(
            new DuplicateScorer(0.5, 0.45), new ContactMapper(new ContactNormaliser("CN"), settings()));

    private static ContactSettings settings() {
        Object tier = Proxy.newProxyInstance(
                ContactSettings.Tier.class.getClassLoader(),
                new Class<?>[] {ContactSettings.Tier.class},
                (proxy, method, args) -> "CNY");
        return (ContactSettings) Proxy.newProxyInstance(
                ContactSettings.class.getClassLoader(),
                new Class<?>[] {ContactSettings.class},
                (proxy, method, args) -> tier);
    }

    private static Contact contact(String given, String family, UUID account, String[] emails, String[] phones) {
        Contact c = new Contact();
        c.id = UUID.randomUUID();
        c.givenName = given;
        c.familyName = family;
        c.displayName = given + " " + family;
        c.accountId = account;
        c.emails = emails;
        c.phones = phones;
        c.refreshDerived(null);
        return c;
    }

    private static ImportPlanner.Row row(int number, Contact c) {
        return new ImportPlanner.Row(number, c);
    }

    private static ImportPlanner.Stored stored(List<Contact> byContactPoint, Map<Integer, List<Contact>> byName) {
        return new ImportPlanner.Stored(byContactPoint, byName, Map.of(ACME, "Acme"), Map.of());
    }

    private static String[] of(String... values) {
        return values;
    }

    @Test
    void rejectsRowsDuplicatingStoredContactsOrEarlierRows() {
        Contact existing = contact("Wei", "Zhang", null, of("z@x.cn"), of());
        List<ImportPlanner.Outcome> outcomes = planner.plan(
                List.of(
                        row(1, contact("Zhang", "Wei", null, of("z@x.cn"), of())),
                        row(2, contact("Na", "Li", null, of(), of("+8613800000001"))),
                        row(3, contact("Li", "Na", null, of("li@x.cn"), of("+8613800000001"))),
                        row(4, contact("Na", "Li", null, of(), of()))),
                stored(List.of(existing), Map.of()),
                ContactService.OnDuplicate.REJECT);
        assertInstanceOf(ImportPlanner.Rejected.class, outcomes.get(0));
        assertInstanceOf(ImportPlanner.Created.class, outcomes.get(1));
        ImportPlanner.Rejected third = assertInstanceOf(ImportPlanner.Rejected.class, outcomes.get(2));
        assertEquals(
                "duplicate-contact",
                ((ConflictException) third.reason()).toProblem().slug());
        // the same name without account, email or phone is no duplicate (0.45 < 0.5)
        assertInstanceOf(ImportPlanner.Created.class, outcomes.get(3));
    }

    @Test
    void similarNamesAtTheSameAccountAreDuplicatesWithinTheChunkAndAgainstStoredOnes() {
        Contact storedAtAcme = contact("Qiang", "Sun", ACME, of(), of());
        List<ImportPlanner.Outcome> outcomes = planner.plan(
                List.of(
                        row(1, contact("Sun", "Qiang", ACME, of(), of())),
                        row(2, contact("Mei", "Lin", ACME, of(), of())),
                        row(3, contact("Lin", "Mei", ACME, of(), of())),
                        row(4, contact("Lin", "Mei", null, of(), of())),
                        row(5, contact("Ghost", "Row", UUID.randomUUID(), of(), of()))),
                stored(List.of(), Map.of(1, List.of(storedAtAcme))),
                ContactService.OnDuplicate.REJECT);
        assertInstanceOf(ImportPlanner.Rejected.class, outcomes.get(0));
        assertInstanceOf(ImportPlanner.Created.class, outcomes.get(1));
        assertInstanceOf(ImportPlanner.Rejected.class, outcomes.get(2));
        assertInstanceOf(ImportPlanner.Created.class, outcomes.get(3));
        ImportPlanner.Rejected ghost = assertInstanceOf(ImportPlanner.Rejected.class, outcomes.get(4));
        assertInstanceOf(InvalidRequestException.class, ghost.reason());
    }

    @Test
    void mergesFillTheTargetAndLaterRowsMatchWhatWasMergedIn() {
        Contact existing = contact("Mei", "Lin", null, of(), of("+8613800000002"));
        existing.version = 3;
        List<ImportPlanner.Outcome> outcomes = planner.plan(
                List.of(
                        row(1, contact("Mei", "Lin", null, of("mei@x.cn"), of("+8613800000002"))),
                        row(2, contact("M", "Lin", null, of("mei@x.cn"), of()))),
                stored(List.of(existing), Map.of()),
                ContactService.OnDuplicate.MERGE);
        ImportPlanner.Merged first = assertInstanceOf(ImportPlanner.Merged.class, outcomes.get(0));
        ImportPlanner.Merged second = assertInstanceOf(ImportPlanner.Merged.class, outcomes.get(1));
        assertSame(existing, first.target());
        assertSame(existing, second.target());
        assertTrue(first.stored());
        assertEquals(List.of("emails"), first.changed());
        assertEquals(List.of(), second.changed());
        assertEquals(List.of("mei@x.cn"), List.of(existing.emails));
    }

    @Test
    void allowCreatesEverythingButAnExternalIdOnlyOnce() {
        Contact a = contact("A", "B", null, of("a@x.cn"), of());
        a.externalId = "erp-1";
        Contact b = contact("A", "B", null, of("a@x.cn"), of());
        b.externalId = "erp-1";
        List<ImportPlanner.Outcome> outcomes = planner.plan(
                List.of(row(1, a), row(2, b)), stored(List.of(), Map.of()), ContactService.OnDuplicate.ALLOW);
        assertInstanceOf(ImportPlanner.Created.class, outcomes.get(0));
        ImportPlanner.Rejected taken = assertInstanceOf(ImportPlanner.Rejected.class, outcomes.get(1));
        assertEquals(
                "external-id-taken",
                ((ConflictException) taken.reason()).toProblem().slug());
    }
}
