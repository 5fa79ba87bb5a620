package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.DuplicateScorer;
import io.crmsuite.crm.contact.domain.NameTrigrams;
import io.crmsuite.crm.contact.rest.ContactMapper;
import io.crmsuite.crm.imports.RowOutcome;
import io.crmsuite.crm.rest.problem.ConflictException;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decides, row by row and in upload order, what a chunk of imported contacts does: create, merge into a duplicate, or
 * be rejected. Duplicates are looked for among the stored contacts the chunk's lookups found (same email or phone, or a
 * similar name at the same account) and among the chunk's earlier rows, scored by {@link DuplicateScorer} exactly like
 * a single create (names compared with {@link NameTrigrams}, the Java twin of {@code pg_trgm}). Merges change the
 * in-memory contacts; nothing is written here.
 */
public final class ImportPlanner {
    private final DuplicateScorer scorer;
    private final ContactMapper mapper;

    public ImportPlanner(DuplicateScorer scorer, ContactMapper mapper) {
        this.scorer = scorer;
        this.mapper = mapper;
    }

    /** A valid, normalised row (number 1 = first data row). */
    public record Row(int number, Contact contact) {}

    /** What the chunk's lookups found in the database. */
    public record Stored(
            List<Contact> byEmailOrPhone,
            Map<Integer, List<Contact>> byNameAtAccount,
            Map<UUID, String> accountNames,
            Map<String, UUID> externalIds) {}

    /** What became of one row. */
    public sealed interface Outcome permits Created, Merged, Rejected {
        int number();

        /** Why a rejected row was refused (null otherwise). */
        default Throwable reason() {
            return null;
        }

        /** As the import job counts it. */
        RowOutcome toRowOutcome();
    }

    public record Created(int number, Contact contact) implements Outcome {
        @Override
        public RowOutcome toRowOutcome() {
            return RowOutcome.created(number);
        }
    }

    /** The row filled {@code target}'s empty fields; {@code stored}: the target existed before the chunk. */
    public record Merged(
            int number,
            Contact target,
            boolean stored,
            Map<String, String> before,
            Map<String, String> after,
            List<String> changed)
            implements Outcome {
        @Override
        public RowOutcome toRowOutcome() {
            return RowOutcome.merged(number);
        }
    }

    public record Rejected(int number, Throwable reason) implements Outcome {
        @Override
        public RowOutcome toRowOutcome() {
            return RowOutcome.rejected(number, reason);
        }
    }

    public List<Outcome> plan(List<Row> rows, Stored stored, ContactService.OnDuplicate mode) {
        Index index = new Index(stored);
        List<Outcome> outcomes = new ArrayList<>(rows.size());
        for (Row row : rows) {
            outcomes.add(decide(row, stored, mode, index));
        }
        return outcomes;
    }

    private Outcome decide(Row row, Stored stored, ContactService.OnDuplicate mode, Index index) {
        Contact contact = row.contact();
        if (contact.accountId != null && !stored.accountNames().containsKey(contact.accountId)) {
            return new Rejected(
                    row.number(), InvalidRequestException.forField("accountId", "is not an existing account"));
        }
        contact.refreshDerived(accountName(stored, contact.accountId));
        if (mode != ContactService.OnDuplicate.ALLOW) {
            List<DuplicateScorer.Candidate> found = new ArrayList<>();
            Map<UUID, Known> byId = new HashMap<>();
            DuplicateScorer.Probe probe = new DuplicateScorer.Probe(
                    Set.copyOf(List.of(contact.emails)), Set.copyOf(List.of(contact.phones)), contact.accountId);
            for (Known known : index.candidates(row.number(), contact)) {
                Contact other = known.contact;
                DuplicateScorer.Candidate candidate = scorer.score(
                        probe,
                        new DuplicateScorer.Existing(
                                other.id,
                                other.displayName,
                                List.of(other.emails),
                                List.of(other.phones),
                                other.accountId,
                                NameTrigrams.similarity(contact.nameKey, other.nameKey)));
                if (candidate != null) {
                    found.add(candidate);
                    byId.put(other.id, known);
                }
            }
            if (!found.isEmpty()) {
                DuplicateScorer.Candidate best = found.getFirst();
                for (DuplicateScorer.Candidate candidate : found) {
                    if (candidate.score() > best.score()) {
                        best = candidate;
                    }
                }
                if (mode == ContactService.OnDuplicate.MERGE) {
                    return merge(row, byId.get(best.contactId()), index);
                }
                return new Rejected(
                        row.number(),
                        new ConflictException(
                                "duplicate-contact",
                                "The contact looks like an existing one; pass onDuplicate=merge or onDuplicate=allow.",
                                Map.of("candidates", found)));
            }
        }
        if (contact.externalId != null && index.externalIdTaken(contact.externalId, null)) {
            return externalIdTaken(row);
        }
        index.add(new Known(contact, false), true);
        return new Created(row.number(), contact);
    }

    private Outcome merge(Row row, Known target, Index index) {
        Contact existing = target.contact;
        Contact incoming = row.contact();
        incoming.externalId = existing.externalId != null ? null : incoming.externalId;
        if (incoming.externalId != null && index.externalIdTaken(incoming.externalId, existing.id)) {
            return externalIdTaken(row);
        }
        Map<String, String> before = mapper.snapshot(existing);
        ContactMerger.fillFrom(existing, incoming);
        existing.refreshDerived(accountName(index.stored, existing.accountId));
        Map<String, String> after = mapper.snapshot(existing);
        index.add(target, false);
        return new Merged(row.number(), existing, target.stored, before, after, ContactMapper.changed(before, after));
    }

    private static String accountName(Stored stored, UUID accountId) {
        return accountId == null ? null : stored.accountNames().get(accountId);
    }

    private static Rejected externalIdTaken(Row row) {
        return new Rejected(
                row.number(),
                new ConflictException("external-id-taken", "Another contact has this externalId.", Map.of()));
    }

    /** A contact the chunk knows of: stored before the chunk, or created by an earlier row of it. */
    private static final class Known {
        final Contact contact;
        final boolean stored;

        Known(Contact contact, boolean stored) {
            this.contact = contact;
            this.stored = stored;
        }
    }

    /** Emails, phones, accounts (for new rows) and external ids of every contact the chunk knows of. */
    private static final class Index {
        final Stored stored;
        final Map<UUID, Known> byId = new HashMap<>();
        final Map<String, List<Known>> byEmail = new HashMap<>();
        final Map<String, List<Known>> byPhone = new HashMap<>();
        final Map<UUID, List<Known>> newByAccount = new HashMap<>();
        final Map<String, UUID> externalIds;
        final Map<Known, Boolean> indexedAtAccount = new IdentityHashMap<>();

        Index(Stored stored) {
            this.stored = stored;
            this.externalIds = new HashMap<>(stored.externalIds());
            stored.byEmailOrPhone().forEach(c -> add(new Known(c, true), false));
            stored.byNameAtAccount()
                    .values()
                    .forEach(list -> list.forEach(c -> {
                        if (!byId.containsKey(c.id)) {
                            add(new Known(c, true), false);
                        }
                    }));
        }

        /** (Re-)indexes a contact's current emails, phones and external id; new rows also by account. */
        void add(Known known, boolean isNew) {
            Contact c = known.contact;
            Known current = byId.putIfAbsent(c.id, known);
            Known indexed = current == null ? known : current;
            for (String email : c.emails) {
                List<Known> list = byEmail.computeIfAbsent(email, e -> new ArrayList<>(1));
                if (!list.contains(indexed)) {
                    list.add(indexed);
                }
            }
            for (String phone : c.phones) {
                List<Known> list = byPhone.computeIfAbsent(phone, p -> new ArrayList<>(1));
                if (!list.contains(indexed)) {
                    list.add(indexed);
                }
            }
            if (c.externalId != null) {
                externalIds.put(c.externalId, c.id);
            }
            if (isNew && c.accountId != null && indexedAtAccount.put(indexed, true) == null) {
                newByAccount
                        .computeIfAbsent(c.accountId, a -> new ArrayList<>())
                        .add(indexed);
            }
        }

        /** Known contacts sharing an email or phone, or at the same account (similar name checked by the scorer). */
        Set<Known> candidates(int rowNumber, Contact probe) {
            Set<Known> result = new LinkedHashSet<>();
            for (String email : probe.emails) {
                result.addAll(byEmail.getOrDefault(email, List.of()));
            }
            for (String phone : probe.phones) {
                result.addAll(byPhone.getOrDefault(phone, List.of()));
            }
            if (probe.accountId != null) {
                for (Contact c : stored.byNameAtAccount().getOrDefault(rowNumber, List.of())) {
                    result.add(byId.get(c.id));
                }
                result.addAll(newByAccount.getOrDefault(probe.accountId, List.of()));
            }
            return result;
        }

        boolean externalIdTaken(String externalId, UUID by) {
            UUID holder = externalIds.get(externalId);
            return holder != null && !holder.equals(by);
        }
    }
}
