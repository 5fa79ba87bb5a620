package io.crmsuite.crm.lead.repository;

import io.crmsuite.crm.lead.domain.ContactPoint;
import io.crmsuite.crm.persistence.DeclaredTables;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The lead service's tables that no Hibernate entity declares (written only set-based). */
@ApplicationScoped
public class LeadTables implements DeclaredTables {
    @Override
    public List<Class<?>> tables() {
        return List.of(ContactPoint.class);
    }
}
