package io.crmsuite.crm.audit;

import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One change of one record: who, when, which field from what to what, and through which API or event. A row of
 * {@code db/crm-kit/R__crm_kit_audit.sql}, written only set-based ({@link AuditTrail}), so a plain table declaration.
 */
@Table(name = "audit_entry")
@Schema(name = "AuditEntry", description = "One change of one record, or one action on it")
public class AuditEntry {
    @Id
    public UUID id;

    @Schema(description = "The kind of record: lead, contact, account …", examples = "lead")
    public String recordType;

    public UUID recordId;

    @Schema(
            description = "What happened: created, updated, status-changed, assigned, merged, erased, exported …",
            examples = "updated")
    public String action;

    @Schema(description = "The changed field; absent for an action without one (created, exported …)")
    public String field;

    public String oldValue;

    @Schema(description = "The field's new value, or the action's detail")
    public String newValue;

    @Schema(description = "Who: a user's name, a client id or system:<service>", examples = "rep.east1")
    public String actor;

    @Schema(
            description = "Through which door: api:<METHOD path>, event:<type>/<id>, schedule:<job>, import:<job id>",
            examples = "api:PATCH /api/v1/leads/{id}")
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

    /** One entry per field whose value differs between the two snapshots (keys of {@code after}, in its order). */
    public static List<AuditEntry> changes(
            String recordType,
            UUID recordId,
            String action,
            Map<String, String> before,
            Map<String, String> after,
            Actor actor,
            Instant at) {
        return after.keySet().stream()
                .filter(field -> !java.util.Objects.equals(before.get(field), after.get(field)))
                .map(field -> of(
                        recordType,
                        recordId,
                        action,
                        field,
                        before.get(field),
                        after.get(field),
                        actor.name(),
                        actor.via(),
                        at))
                .toList();
    }

    /** One {@code merged-input} entry per field an imported row changed on the record it merged into. */
    public static List<AuditEntry> mergedInput(
            String recordType,
            UUID recordId,
            List<String> changed,
            Map<String, String> before,
            Map<String, String> after,
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
