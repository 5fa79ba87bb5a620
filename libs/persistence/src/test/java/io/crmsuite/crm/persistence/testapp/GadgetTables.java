package io.crmsuite.crm.persistence.testapp;

import io.crmsuite.crm.persistence.DeclaredTables;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class GadgetTables implements DeclaredTables {
    @Override
    public List<Class<?>> tables() {
        return List.of(GadgetLog.class);
    }
}
