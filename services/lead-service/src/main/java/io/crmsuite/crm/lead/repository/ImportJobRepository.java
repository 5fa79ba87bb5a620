package io.crmsuite.crm.lead.repository;

import io.crmsuite.crm.lead.domain.ImportJob;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ImportJobRepository implements PanacheRepositoryBase<ImportJob, UUID> {
    /** Takes the oldest queued job (skipping one another replica holds); null when none waits. */
    private static final String CLAIM = "update lead_import_job set status = 'RUNNING' where id = (select id from"
            + " lead_import_job where status = 'QUEUED' order by created_at limit 1 for update skip locked) returning id";

    public Uni<UUID> claimNext() {
        return getSession()
                .chain(session -> session.createNativeQuery(CLAIM, UUID.class).getResultList())
                .map(ids -> ids.isEmpty() ? null : ids.getFirst());
    }

    /** The job if this caller submitted it (admins: any job). */
    public Uni<ImportJob> findVisible(UUID id, String submitter, boolean admin) {
        return admin
                ? findById(id)
                : find("id = ?1 and submittedBy = ?2", id, submitter).firstResult();
    }
}
