package io.crmsuite.crm.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The kit's persistence tables, for the schema check of every service. */
@ApplicationScoped
public class PersistenceTables implements DeclaredTables {
    @Override
    public List<Class<?>> tables() {
        return List.of(JobLease.class);
    }
}
