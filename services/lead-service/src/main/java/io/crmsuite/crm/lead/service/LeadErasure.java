package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.audit.AuditEntry;
import io.crmsuite.crm.audit.AuditTrail;
import io.crmsuite.crm.lead.domain.LeadAudit;
import io.crmsuite.crm.lead.repository.LeadContactLinks;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person's erasure as lead-service carries it out (on {@code crm.contact.erased.v1}, in the consumer's transaction):
 * their leads are anonymised in place, the personal values in those leads' audit trail become {@code [erased]} (the
 * non-personal fields keep theirs, so the trail still says who changed the owner or the status, and when), and each
 * lead gets an {@code erased} entry naming the request's event.
 */
@ApplicationScoped
public class LeadErasure {
    private final LeadContactLinks links;
    private final AuditTrail audit;

    public LeadErasure(LeadContactLinks links, AuditTrail audit) {
        this.links = links;
        this.audit = audit;
    }

    public Uni<Void> erase(UUID contactId, Actor actor) {
        return links.leadsOf(contactId).chain(leads -> {
            if (leads.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            Instant now = Instant.now();
            List<AuditEntry> erased = leads.stream()
                    .map(id -> AuditEntry.of(
                            LeadAudit.LEAD,
                            id,
                            "erased",
                            null,
                            null,
                            "contact " + contactId,
                            actor.name(),
                            actor.via(),
                            now))
                    .toList();
            return links.erase(contactId)
                    .chain(() -> audit.eraseValues("select unnest(cast(?1 as uuid[]))", LeadAudit.NOT_PERSONAL, (Object)
                            leads.toArray(UUID[]::new)))
                    .chain(() -> audit.record(erased));
        });
    }
}
