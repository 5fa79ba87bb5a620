package io.crmsuite.crm.audit;

import io.crmsuite.crm.persistence.DeclaredTables;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The audit table, for the schema check of every service. */
@ApplicationScoped
public class AuditTables implements DeclaredTables {
    @Override
    public List<Class<?>> tables() {
        return List.of(AuditEntry.class);
    }
}
