package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.contact.config.ContactSettings;
import io.crmsuite.crm.imports.ImportJob;
import io.crmsuite.crm.persistence.BackgroundWork;
import io.crmsuite.crm.persistence.SetStatements;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * After a large import, the table's planner statistics are refreshed at once (autovacuum would come later): a rep's
 * first page took 100 ms right after a 100,000-row import, 15 ms after {@code analyze}. Chunks read with the indexes
 * meanwhile ({@link #preferIndexes}).
 */
@ApplicationScoped
class ImportStatistics {
    private static final Logger LOG = Logger.getLogger(ImportStatistics.class);

    private final int analyzeAfterRows;

    ImportStatistics(ContactSettings settings) {
        this.analyzeAfterRows = settings.importing().analyzeAfterRows();
    }

    /**
     * For the chunk's transaction: the lookups use the indexes even while the statistics still describe a much smaller
     * table (a growing import outpaces autovacuum's analyze; a sequential scan would compare every stored row with the
     * chunk), and commit asynchronously — a crash may lose the last chunks' commits, but then it loses their progress
     * marks with them (same transaction), and the resumed import redoes exactly those chunks.
     */
    static Uni<Void> preferIndexes() {
        return SetStatements.rows("select set_config('enable_seqscan', 'off', true),"
                        + " set_config('synchronous_commit', 'off', true)")
                .replaceWithVoid();
    }

    Uni<Void> refreshAfter(ImportJob job, String table) {
        if (job.total < analyzeAfterRows) {
            return Uni.createFrom().voidItem();
        }
        return BackgroundWork.run(() -> Panache.withTransaction(() -> SetStatements.execute("analyze " + table)))
                .replaceWithVoid()
                .onFailure()
                .invoke(e -> LOG.warnf("statistics of %s not refreshed after an import: %s", table, e))
                .onFailure()
                .recoverWithNull();
    }
}
