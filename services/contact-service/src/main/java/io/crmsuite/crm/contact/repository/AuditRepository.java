package io.crmsuite.crm.contact.repository;

import io.crmsuite.crm.contact.domain.AuditEntry;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, UUID> {

    public Uni<List<AuditEntry>> forRecord(UUID recordId) {
        return find("recordId = ?1 order by at, id", recordId).list();
    }
}
