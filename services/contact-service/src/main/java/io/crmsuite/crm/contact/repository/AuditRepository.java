package io.crmsuite.crm.contact.repository;

import io.crmsuite.crm.contact.domain.AuditEntry;
import io.crmsuite.crm.persistence.EntityTable;
import io.crmsuite.crm.persistence.SetStatements;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, UUID> {
    static final EntityTable<AuditEntry> TABLE = EntityTable.of(AuditEntry.class);

    /** Inserts the entries with one statement, in the caller's transaction. */
    public Uni<Void> insertAll(List<AuditEntry> entries) {
        return SetStatements.insert(TABLE, entries);
    }

    public Uni<List<AuditEntry>> forRecord(UUID recordId) {
        return find("recordId = ?1 order by at, id", recordId).list();
    }
}
