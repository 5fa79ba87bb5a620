package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.contact.domain.Account;
import io.crmsuite.crm.imports.RowOutcome;
import io.crmsuite.crm.rest.problem.ConflictException;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.security.RecordScope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Decides, row by row and in upload order, what a chunk of imported accounts does. A duplicate is an account with the
 * same external id, or (unless {@code onDuplicate=allow}) the same normalised name ({@code name_key}, the match lead
 * conversion uses), stored before the chunk or created by an earlier row. {@code reject} rejects the row
 * ({@code duplicate-account}, naming no account); {@code merge} fills the duplicate's empty fields and unites tags, but
 * only when the job's creator may change it (an earlier row of the upload always qualifies), else the row is rejected;
 * {@code allow} creates the account anyway, except that an external id stays unique ({@code external-id-taken}). A
 * {@code parentId} must name an existing account. Nothing is written here.
 */
public final class AccountImportPlanner {

    /** A valid, normalised row. */
    public record Row(int number, Account account) {}

    /** What the chunk's lookups found: stored accounts with the chunk's names or external ids, and existing parents. */
    public record Stored(List<Account> matches, Set<UUID> existingParents) {}

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

    public record Created(int number, Account account) implements Outcome {
        @Override
        public RowOutcome toRowOutcome() {
            return RowOutcome.created(number);
        }
    }

    /** The row filled {@code target}'s empty fields; {@code stored}: the target existed before the chunk. */
    public record Merged(
            int number, Account target, boolean stored, Map<String, String> before, Map<String, String> after)
            implements Outcome {
        @Override
        public RowOutcome toRowOutcome() {
            return RowOutcome.merged(number);
        }

        public List<String> changed() {
            return before.keySet().stream()
                    .filter(k -> !Objects.equals(before.get(k), after.get(k)))
                    .toList();
        }
    }

    public record Rejected(int number, Throwable reason) implements Outcome {
        @Override
        public RowOutcome toRowOutcome() {
            return RowOutcome.rejected(number, reason);
        }
    }

    public List<Outcome> plan(List<Row> rows, Stored stored, ContactService.OnDuplicate mode, RecordScope scope) {
        Index index = new Index(stored.matches());
        List<Outcome> outcomes = new ArrayList<>(rows.size());
        for (Row row : rows) {
            outcomes.add(decide(row, stored, mode, scope, index));
        }
        return outcomes;
    }

    private Outcome decide(Row row, Stored stored, ContactService.OnDuplicate mode, RecordScope scope, Index index) {
        Account account = row.account();
        if (account.parentId != null && !stored.existingParents().contains(account.parentId)) {
            return new Rejected(
                    row.number(), InvalidRequestException.forField("parentId", "is not an existing account"));
        }
        Known byExternalId = account.externalId == null ? null : index.byExternalId.get(account.externalId);
        if (byExternalId != null && mode == ContactService.OnDuplicate.ALLOW) {
            return new Rejected(
                    row.number(),
                    new ConflictException("external-id-taken", "Another account has this externalId.", Map.of()));
        }
        List<Known> duplicates = new ArrayList<>();
        if (byExternalId != null) {
            duplicates.add(byExternalId);
        }
        if (mode != ContactService.OnDuplicate.ALLOW) {
            for (Known known : index.byName.getOrDefault(account.nameKey, List.of())) {
                if (!duplicates.contains(known)) {
                    duplicates.add(known);
                }
            }
        }
        if (duplicates.isEmpty()) {
            index.add(new Known(account, false));
            return new Created(row.number(), account);
        }
        if (mode == ContactService.OnDuplicate.MERGE) {
            for (Known target : duplicates) {
                if (!target.stored || ImportScopes.covers(scope, target.account.ownerId, target.account.team)) {
                    return merge(row, target, index);
                }
            }
        }
        return new Rejected(
                row.number(),
                new ConflictException(
                        "duplicate-account",
                        "An account with the same name or externalId exists; pass onDuplicate=merge or"
                                + " onDuplicate=allow.",
                        Map.of()));
    }

    private static Outcome merge(Row row, Known target, Index index) {
        Account existing = target.account;
        Account incoming = row.account();
        Map<String, String> before = snapshot(existing);
        fill(existing, incoming, index);
        index.add(target);
        return new Merged(row.number(), existing, target.stored, before, snapshot(existing));
    }

    /** Empty fields of the target take the row's values, tags are united (like an account merge). */
    static void fill(Account target, Account row, Index index) {
        target.industry = target.industry != null ? target.industry : row.industry;
        target.region = target.region != null ? target.region : row.region;
        target.country = target.country != null ? target.country : row.country;
        target.sizeBand = target.sizeBand != null ? target.sizeBand : row.sizeBand;
        target.website = target.website != null ? target.website : row.website;
        if (target.externalId == null && row.externalId != null && !index.byExternalId.containsKey(row.externalId)) {
            target.externalId = row.externalId;
        }
        if (target.parentId == null && row.parentId != null && !row.parentId.equals(target.id)) {
            target.parentId = row.parentId;
        }
        Set<String> tags = new LinkedHashSet<>(Arrays.asList(target.tags));
        tags.addAll(Arrays.asList(row.tags));
        target.tags = tags.toArray(String[]::new);
    }

    /** The audited fields of an account as text (the same names as the account API's). */
    public static Map<String, String> snapshot(Account a) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("industry", a.industry);
        s.put("region", a.region);
        s.put("country", a.country);
        s.put("sizeBand", a.sizeBand == null ? null : a.sizeBand.name());
        s.put("website", a.website);
        s.put("parentId", a.parentId == null ? null : a.parentId.toString());
        s.put("tags", List.of(a.tags).toString());
        s.put("externalId", a.externalId);
        return s;
    }

    /** An account the chunk knows of: stored before the chunk, or created by an earlier row of it. */
    private record Known(Account account, boolean stored) {}

    /** Known accounts by normalised name (oldest first) and by external id. */
    static final class Index {
        private final Map<String, List<Known>> byName = new HashMap<>();
        private final Map<String, Known> byExternalId = new HashMap<>();

        Index(List<Account> stored) {
            stored.forEach(a -> add(new Known(a, true)));
        }

        private void add(Known known) {
            List<Known> named = byName.computeIfAbsent(known.account.nameKey, k -> new ArrayList<>(1));
            if (!named.contains(known)) {
                named.add(known);
            }
            if (known.account.externalId != null) {
                byExternalId.putIfAbsent(known.account.externalId, known);
            }
        }
    }
}
