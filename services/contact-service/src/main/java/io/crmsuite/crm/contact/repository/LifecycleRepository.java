package io.crmsuite.crm.contact.repository;

import io.crmsuite.crm.contact.domain.LifecycleChange;
import io.crmsuite.crm.persistence.EntityTable;
import io.crmsuite.crm.persistence.SetStatements;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The contacts' lifecycle history, set-based (single steps are persisted through the session). */
@ApplicationScoped
public class LifecycleRepository {
    static final EntityTable<LifecycleChange> TABLE = EntityTable.of(LifecycleChange.class);

    /** Inserts the steps with one statement, in the caller's transaction. */
    public Uni<Void> insertAll(List<LifecycleChange> changes) {
        return SetStatements.insert(TABLE, changes);
    }
}
