package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.contact.domain.AuditEntry;
import io.crmsuite.crm.contact.repository.AuditRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Writes the audit trail in the transaction of the change it describes. */
@ApplicationScoped
public class AuditTrail {
    public static final String CONTACT = "contact";
    public static final String ACCOUNT = "account";

    private final AuditRepository entries;

    public AuditTrail(AuditRepository entries) {
        this.entries = entries;
    }

    /** One entry per field whose value differs between the snapshots. */
    public Uni<Void> changes(
            String type, UUID id, String action, Map<String, String> before, Map<String, String> after, Actor actor) {
        Instant now = Instant.now();
        List<AuditEntry> changed = new ArrayList<>();
        for (String field : after.keySet()) {
            String old = before.get(field);
            String now1 = after.get(field);
            if (!Objects.equals(old, now1)) {
                changed.add(AuditEntry.of(type, id, action, field, old, now1, actor.name(), actor.via(), now));
            }
        }
        return changed.isEmpty() ? Uni.createFrom().voidItem() : entries.persist(changed);
    }

    /** An entry without a field: created, merged, erased, exported … with an optional detail. */
    public Uni<Void> action(String type, UUID id, String action, String detail, Actor actor) {
        return entries.persist(
                        AuditEntry.of(type, id, action, null, null, detail, actor.name(), actor.via(), Instant.now()))
                .replaceWithVoid();
    }
}
