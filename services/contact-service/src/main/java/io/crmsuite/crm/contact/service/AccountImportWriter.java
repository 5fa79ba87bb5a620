package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.audit.AuditEntry;
import io.crmsuite.crm.audit.AuditTrail;
import io.crmsuite.crm.contact.domain.Account;
import io.crmsuite.crm.contact.domain.RecordTypes;
import io.crmsuite.crm.contact.repository.AccountRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes one chunk of valid account rows in the caller's transaction: two set-based lookups (stored accounts with the
 * chunk's names or external ids; the parents it names), the per-row decisions of {@link AccountImportPlanner}, then one
 * insert of the new accounts, one batch for the merged ones and one insert of their audit entries ({@code created}, or
 * {@code merged-input} per changed field, via {@code import:<job>#<row>}). No event: accounts have none (like a single
 * create).
 */
@ApplicationScoped
public class AccountImportWriter {
    private final AccountRepository accounts;
    private final AuditTrail audits;
    private final AccountImportPlanner planner = new AccountImportPlanner();

    public AccountImportWriter(AccountRepository accounts, AuditTrail audits) {
        this.accounts = accounts;
        this.audits = audits;
    }

    Uni<List<AccountImportPlanner.Outcome>> write(ImportOptions job, List<AccountImportPlanner.Row> rows) {
        ContactService.OnDuplicate mode = job.mode();
        Set<String> names = new LinkedHashSet<>();
        Set<String> externalIds = new LinkedHashSet<>();
        Set<UUID> parents = new LinkedHashSet<>();
        for (AccountImportPlanner.Row row : rows) {
            Account a = row.account();
            if (mode != ContactService.OnDuplicate.ALLOW) {
                names.add(a.nameKey);
            }
            if (a.externalId != null) {
                externalIds.add(a.externalId);
            }
            if (a.parentId != null) {
                parents.add(a.parentId);
            }
        }
        return accounts.matching(names, externalIds)
                .chain(matches ->
                        accounts.existing(parents).map(existing -> new AccountImportPlanner.Stored(matches, existing)))
                .map(stored -> planner.plan(rows, stored, mode, job.writeScope()))
                .call(outcomes -> persist(job, outcomes));
    }

    private Uni<Void> persist(ImportOptions job, List<AccountImportPlanner.Outcome> outcomes) {
        Instant now = Instant.now();
        String actor = job.createdBy();
        List<Account> created = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>();
        Map<UUID, Account> merged = new LinkedHashMap<>();
        for (AccountImportPlanner.Outcome outcome : outcomes) {
            String via = "import:" + job.jobId() + "#" + outcome.number();
            if (outcome instanceof AccountImportPlanner.Created c) {
                Account account = c.account();
                account.createdAt = now;
                account.updatedAt = now;
                created.add(account);
                entries.add(AuditEntry.of(
                        RecordTypes.ACCOUNT, account.id, "created", null, null, account.name, actor, via, now));
            } else if (outcome instanceof AccountImportPlanner.Merged m
                    && !m.changed().isEmpty()) {
                Account target = m.target();
                entries.addAll(AuditEntry.mergedInput(
                        RecordTypes.ACCOUNT, target.id, m.changed(), m.before(), m.after(), actor, via, now));
                if (m.stored()) {
                    merged.putIfAbsent(target.id, target);
                    target.updatedAt = now;
                }
            }
        }
        return accounts.insertAll(created)
                .chain(() -> accounts.updateMerged(List.copyOf(merged.values())))
                .chain(() -> audits.record(entries));
    }
}
