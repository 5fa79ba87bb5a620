package io.crmsuite.crm.lead.repository;

import io.crmsuite.crm.lead.domain.ConfigVersion;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ConfigRepository implements PanacheRepositoryBase<ConfigVersion, String> {

    /** The version in force of a kind, or null when none was published (the built-in version 1 applies). */
    public Uni<ConfigVersion> latest(String kind) {
        return find("kind = ?1 order by version desc", kind).firstResult();
    }

    public Uni<List<ConfigVersion>> history(String kind) {
        return list("kind = ?1 order by version desc", kind);
    }
}
