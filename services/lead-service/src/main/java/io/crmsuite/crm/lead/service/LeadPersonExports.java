package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.audit.AuditEntry;
import io.crmsuite.crm.audit.AuditTrail;
import io.crmsuite.crm.contactpoints.PersonKeys;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.LeadAudit;
import io.crmsuite.crm.lead.repository.InteractionRepository;
import io.crmsuite.crm.lead.repository.LeadContactLinks;
import io.crmsuite.crm.lead.repository.LeadRepository;
import io.crmsuite.crm.lead.rest.LeadMapper;
import io.crmsuite.crm.lead.rest.LeadPersonExport;
import io.crmsuite.crm.lead.rest.PersonQuery;
import io.crmsuite.crm.platform.DefaultCountry;
import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Export by person (an access request of someone who may never have been a contact): every lead with the person's
 * email or phone, with its interactions and audit trail. The export itself is audited on each lead.
 */
@ApplicationScoped
public class LeadPersonExports {
    public static final String FORMAT = "crm-lead-export/v1";

    private final LeadContactLinks links;
    private final LeadRepository leads;
    private final InteractionRepository interactions;
    private final AuditTrail audit;
    private final DefaultCountry country;

    public LeadPersonExports(
            LeadContactLinks links,
            LeadRepository leads,
            InteractionRepository interactions,
            AuditTrail audit,
            DefaultCountry country) {
        this.links = links;
        this.leads = leads;
        this.interactions = interactions;
        this.audit = audit;
        this.country = country;
    }

    @WithTransaction
    public Uni<LeadPersonExport> export(PersonQuery query, Actor actor) {
        PersonKeys keys = PersonKeys.of(query.email(), query.phone(), country.code());
        List<FieldError> errors = new ArrayList<>();
        keys.unreadable().forEach((field, message) -> errors.add(new FieldError(field, message)));
        if (query.email() == null && query.phone() == null) {
            errors.add(new FieldError("email", "name the person: email or phone"));
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.validation(errors);
        }
        return links.leadsOfPerson(keys.emails(), keys.phones(), List.of())
                .chain(ids -> ids.isEmpty()
                        ? Uni.createFrom().item(List.<Lead>of())
                        : leads.find("id in ?1 order by createdAt, id", ids).list())
                .chain(found -> collect(found, actor));
    }

    private Uni<LeadPersonExport> collect(List<Lead> found, Actor actor) {
        List<LeadPersonExport.LeadExportInteractions> interactionsOf = new ArrayList<>();
        List<AuditEntry> trail = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Lead lead : found) {
            chain = chain.chain(() -> interactions.ofLead(lead.id))
                    .invoke(rows -> interactionsOf.add(new LeadPersonExport.LeadExportInteractions(
                            lead.id, rows.stream().map(LeadMapper::toView).toList())))
                    .chain(() -> audit.forRecord(lead.id))
                    .invoke(trail::addAll)
                    .replaceWithVoid();
        }
        Instant now = Instant.now();
        List<AuditEntry> exported = found.stream()
                .map(lead -> AuditEntry.of(
                        LeadAudit.LEAD, lead.id, "exported", null, null, null, actor.name(), actor.via(), now))
                .toList();
        return chain.chain(() -> audit.record(exported))
                .map(ignored -> new LeadPersonExport(
                        FORMAT, now, found.stream().map(LeadMapper::toView).toList(), interactionsOf, trail));
    }
}
