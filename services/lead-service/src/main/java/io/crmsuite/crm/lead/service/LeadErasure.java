package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.audit.AuditEntry;
import io.crmsuite.crm.audit.AuditTrail;
import io.crmsuite.crm.events.contact.ContactErasureRequested;
import io.crmsuite.crm.events.lead.LeadErasureCompleted;
import io.crmsuite.crm.lead.domain.LeadAudit;
import io.crmsuite.crm.lead.repository.ContactPointRepository;
import io.crmsuite.crm.lead.repository.LeadContactLinks;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person's erasure as lead-service carries it out, in the consumer's transaction: their leads are anonymised in
 * place (with the personal values of their stored events and remembered responses), the personal values in those
 * leads' audit trail become {@code [erased]} (the non-personal fields keep theirs, so the trail still says who changed
 * the owner or the status, and when), and each lead gets an {@code erased} entry naming the request.
 */
@ApplicationScoped
public class LeadErasure {
    private final LeadContactLinks links;
    private final ContactPointRepository contactPoints;
    private final AuditTrail audit;
    private final Outbox outbox;

    public LeadErasure(LeadContactLinks links, ContactPointRepository contactPoints, AuditTrail audit, Outbox outbox) {
        this.links = links;
        this.contactPoints = contactPoints;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** {@code contact erased}: the leads converted into or matched to that contact. */
    public Uni<Void> erase(UUID contactId, Actor actor) {
        return links.leadsOf(contactId).chain(leads -> erase(leads, "contact " + contactId, actor));
    }

    /**
     * An erasure request by person: every lead with one of the person's emails or phones, or linked to one of their
     * contacts — also of a person who was never a contact — then the answer {@code lead erasure-completed}.
     */
    public Uni<Void> erase(ContactErasureRequested request, Actor actor) {
        return links.leadsOfPerson(request.emails(), request.phones(), request.contactIds())
                .chain(leads -> erase(leads, "request " + request.requestId(), actor)
                        .chain(() -> contactPoints.forgetValues(request.emails(), request.phones()))
                        .chain(() -> outbox.append(
                                new LeadErasureCompleted(request.requestId(), leads.size(), Instant.now()))));
    }

    private Uni<Void> erase(List<UUID> leads, String detail, Actor actor) {
        if (leads.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = Instant.now();
        List<AuditEntry> erased = leads.stream()
                .map(id ->
                        AuditEntry.of(LeadAudit.LEAD, id, "erased", null, null, detail, actor.name(), actor.via(), now))
                .toList();
        return links.erase(leads)
                .chain(() -> audit.eraseValues("select unnest(cast(?1 as uuid[]))", LeadAudit.NOT_PERSONAL, (Object)
                        leads.toArray(UUID[]::new)))
                .chain(() -> audit.record(erased));
    }
}
