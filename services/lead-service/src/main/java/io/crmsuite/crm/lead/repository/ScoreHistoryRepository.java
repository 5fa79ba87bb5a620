package io.crmsuite.crm.lead.repository;

import io.crmsuite.crm.lead.domain.ScoreHistoryEntry;
import io.crmsuite.crm.persistence.EntityTable;
import io.crmsuite.crm.persistence.SetStatements;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ScoreHistoryRepository implements PanacheRepositoryBase<ScoreHistoryEntry, UUID> {
    static final EntityTable<ScoreHistoryEntry> TABLE = EntityTable.of(ScoreHistoryEntry.class);

    /** Inserts them with one statement, in the caller's transaction. */
    public Uni<Void> insertAll(List<ScoreHistoryEntry> rows) {
        return SetStatements.insert(TABLE, rows);
    }

    public Uni<List<ScoreHistoryEntry>> ofLead(UUID leadId) {
        return list("leadId = ?1 order by scoredAt desc, id", leadId);
    }
}
