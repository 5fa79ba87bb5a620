package io.crmsuite.crm.lead.repository;

import io.crmsuite.crm.lead.domain.ScoreHistoryEntry;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ScoreHistoryRepository implements PanacheRepositoryBase<ScoreHistoryEntry, UUID> {

    public Uni<List<ScoreHistoryEntry>> ofLead(UUID leadId) {
        return list("leadId = ?1 order by scoredAt desc, id", leadId);
    }
}
