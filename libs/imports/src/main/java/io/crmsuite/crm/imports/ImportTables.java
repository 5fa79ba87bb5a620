package io.crmsuite.crm.imports;

import io.crmsuite.crm.persistence.DeclaredTables;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The kit's import tables, for the schema check of every service. */
@ApplicationScoped
public class ImportTables implements DeclaredTables {
    @Override
    public List<Class<?>> tables() {
        return List.of(ImportJob.class, ImportProgress.class, ImportRejection.class);
    }
}
