package io.crmsuite.crm.rest;

import io.crmsuite.crm.persistence.DeclaredTables;
import io.crmsuite.crm.rest.idempotency.StoredKeyRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The kit's REST tables, for the schema check of every service. */
@ApplicationScoped
public class RestTables implements DeclaredTables {
    @Override
    public List<Class<?>> tables() {
        return List.of(StoredKeyRow.class);
    }
}
