package io.crmsuite.crm.audit;

import io.crmsuite.crm.persistence.EntityTable;
import io.crmsuite.crm.persistence.SetStatements;
import io.crmsuite.crm.rest.page.Keyset;
import io.crmsuite.crm.rest.page.KeysetQuery;
import io.crmsuite.crm.rest.page.Page;
import io.crmsuite.crm.rest.page.PageRequest;
import io.crmsuite.crm.rest.problem.ResourceNotFoundException;
import io.crmsuite.crm.security.CurrentUser;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The audit trail of a service: written in the transaction of the change it describes (one statement whatever the
 * number of entries, so a failed change leaves no entry and a committed one always has its entries), read by record
 * and searched by auditors.
 */
@ApplicationScoped
public class AuditTrail {
    /** What stands in for an erased person's values. */
    public static final String ERASED = "[erased]";

    static final EntityTable<AuditEntry> TABLE = EntityTable.of(AuditEntry.class);
    private static final Keyset<Instant, UUID> NEWEST_FIRST =
            Keyset.descending("at", "a.at", "a.id", Instant::parse, UUID::fromString);

    /** One entry per field whose value differs between the snapshots (nothing when none does). */
    public Uni<Void> changes(
            String type, UUID id, String action, Map<String, String> before, Map<String, String> after, Actor actor) {
        return record(AuditEntry.changes(type, id, action, before, after, actor, Instant.now()));
    }

    /** An entry without a field: created, merged, erased, exported … with an optional detail. */
    public Uni<Void> action(String type, UUID id, String action, String detail, Actor actor) {
        return record(
                List.of(AuditEntry.of(type, id, action, null, null, detail, actor.name(), actor.via(), Instant.now())));
    }

    /** Writes the entries in the caller's transaction with one statement. */
    public Uni<Void> record(List<AuditEntry> entries) {
        return entries.isEmpty() ? Uni.createFrom().voidItem() : SetStatements.insert(TABLE, entries);
    }

    /**
     * Erasure: the old and new values of the entries of the records {@code recordIds} selects (a subquery over the
     * service's own tables, with positional parameters) become {@link #ERASED}, except the fields in {@code kept} (not
     * personal: owner, team, stage …) and the {@code erased} entries themselves. In the caller's transaction.
     */
    public Uni<Integer> eraseValues(String recordIds, List<String> kept, Object... params) {
        int keptParameter = params.length + 1;
        Object[] all = java.util.Arrays.copyOf(params, params.length + 1);
        all[params.length] = kept.toArray(String[]::new);
        return SetStatements.execute(
                "update audit_entry set old_value = case when old_value is null then null else '" + ERASED + "' end,"
                        + " new_value = case when new_value is null then null else '" + ERASED + "' end"
                        + " where record_id in (" + recordIds + ") and action <> 'erased'"
                        + " and (field is null or field <> all(?" + keptParameter + "))",
                all);
    }

    /** A record's whole trail, oldest first (in the caller's session). */
    public Uni<List<AuditEntry>> forRecord(UUID recordId) {
        return SetStatements.select(
                TABLE, "a", "from audit_entry a where a.record_id = ?1 order by a.at, a.id", recordId);
    }

    /**
     * A record's trail as a caller may read it: admins and auditors read any record's, also of a merged-away or erased
     * record (404 only when there is no entry at all); others only a record they can see ({@code visible} fails with
     * the 404 otherwise). In the caller's session.
     */
    public Uni<List<AuditEntry>> forCaller(
            UUID recordId, CurrentUser user, String recordLabel, Supplier<Uni<?>> visible) {
        if (user.isAdmin() || user.isAuditor()) {
            return forRecord(recordId).map(entries -> {
                if (entries.isEmpty()) {
                    throw ResourceNotFoundException.of(recordLabel, recordId);
                }
                return entries;
            });
        }
        return visible.get().chain(record -> forRecord(recordId));
    }

    /** A page of the entries matching the filter, newest first (in the caller's session). */
    public Uni<Page<AuditEntry>> search(AuditFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("a.record_type = :recordType");
        Map<String, Object> params = new HashMap<>();
        params.put("recordType", filter.recordType());
        condition(where, params, "a.record_id = :recordId", "recordId", filter.recordId());
        condition(where, params, "a.actor = :actor", "actor", filter.actor());
        condition(where, params, "a.action = :action", "action", filter.action());
        condition(where, params, "a.at >= :from", "from", filter.from());
        condition(where, params, "a.at < :to", "to", filter.to());
        KeysetQuery keyset = NEWEST_FIRST.query(page);
        if (!keyset.predicate().isEmpty()) {
            where.append(" and ").append(keyset.predicate());
        }
        String rest =
                "from audit_entry a where " + where + " order by " + keyset.orderBy() + " limit " + page.fetchSize();
        return SetStatements.select(TABLE, "a", rest, keyset.parameters(params))
                .map(rows -> NEWEST_FIRST.page(rows, page, e -> e.at, e -> e.id));
    }

    private static void condition(
            StringBuilder where, Map<String, Object> params, String predicate, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(predicate);
            params.put(name, value);
        }
    }
}
