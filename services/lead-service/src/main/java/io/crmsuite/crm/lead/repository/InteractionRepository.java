package io.crmsuite.crm.lead.repository;

import io.crmsuite.crm.lead.domain.LeadInteraction;
import io.crmsuite.crm.persistence.EntityTable;
import io.crmsuite.crm.persistence.SetStatements;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InteractionRepository implements PanacheRepositoryBase<LeadInteraction, UUID> {
    static final EntityTable<LeadInteraction> TABLE = EntityTable.of(LeadInteraction.class);

    /** Inserts them with one statement, in the caller's transaction. */
    public Uni<Void> insertAll(List<LeadInteraction> rows) {
        return SetStatements.insert(TABLE, rows);
    }

    public Uni<List<LeadInteraction>> since(UUID leadId, Instant since) {
        return list("leadId = ?1 and occurredAt > ?2", leadId, since);
    }

    public Uni<List<LeadInteraction>> ofLead(UUID leadId) {
        return list("leadId = ?1 order by occurredAt desc, id", leadId);
    }
}
