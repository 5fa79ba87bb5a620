package io.crmsuite.crm.contact.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change of one record: who, when, which field from what to what, and through which API or event. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
    @Id
    public UUID id;

    public String recordType;
    public UUID recordId;
    public String action;
    public String field;
    public String oldValue;
    public String newValue;
    public String actor;
    public String via;
    public Instant at;

    public static AuditEntry of(
            String recordType,
            UUID recordId,
            String action,
            String field,
            String oldValue,
            String newValue,
            String actor,
            String via,
            Instant at) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.recordType = recordType;
        entry.recordId = recordId;
        entry.action = action;
        entry.field = field;
        entry.oldValue = oldValue;
        entry.newValue = newValue;
        entry.actor = actor;
        entry.via = via;
        entry.at = at;
        return entry;
    }

    /** One {@code merged-input} entry per field an imported row changed on the record it merged into. */
    public static java.util.List<AuditEntry> mergedInput(
            String recordType,
            UUID recordId,
            java.util.List<String> changed,
            java.util.Map<String, String> before,
            java.util.Map<String, String> after,
            String actor,
            String via,
            Instant at) {
        return changed.stream()
                .map(field -> of(
                        recordType,
                        recordId,
                        "merged-input",
                        field,
                        before.get(field),
                        after.get(field),
                        actor,
                        via,
                        at))
                .toList();
    }
}
