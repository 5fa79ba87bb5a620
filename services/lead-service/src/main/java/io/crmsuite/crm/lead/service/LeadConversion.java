package io.crmsuite.crm.lead.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.audit.AuditTrail;
import io.crmsuite.crm.events.Money;
import io.crmsuite.crm.events.contact.ContactConversionFailed;
import io.crmsuite.crm.events.lead.ConvertedAccount;
import io.crmsuite.crm.events.lead.ConvertedContact;
import io.crmsuite.crm.events.lead.ConvertedOpportunity;
import io.crmsuite.crm.events.lead.LeadConversionFailed;
import io.crmsuite.crm.events.lead.LeadConverted;
import io.crmsuite.crm.events.lead.LeadStatus;
import io.crmsuite.crm.events.lead.LeadStatusChanged;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.LeadAudit;
import io.crmsuite.crm.lead.domain.PersonName;
import io.crmsuite.crm.lead.domain.StatusMachine;
import io.crmsuite.crm.lead.repository.LeadRepository;
import io.crmsuite.crm.lead.rest.ConvertInput;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.crmsuite.crm.rest.problem.ConflictException;
import io.crmsuite.crm.security.CurrentUser;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Conversion in two steps: {@link #convert} moves the lead to Conversion-pending and emits exactly one
 * {@code crm.lead.converted.v1}; a repeated convert answers the same pending (or completed) conversion and emits
 * nothing. {@link #complete} records the contact and account when {@code crm.contact.created.v1} comes back;
 * {@link #fail} puts the lead back in the status it had when the contact service refuses the conversion
 * ({@code crm.contact.conversion-failed.v1}: it created nothing), keeping the refusal to show and announcing
 * {@code crm.lead.conversion-failed.v1}, so that it can be converted again (a new conversion) once fixed.
 */
@ApplicationScoped
public class LeadConversion {
    private static final Logger LOG = Logger.getLogger(LeadConversion.class);

    private final LeadService service;
    private final LeadRepository leads;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final AuditTrail audit;

    public LeadConversion(
            LeadService service, LeadRepository leads, Outbox outbox, ObjectMapper json, AuditTrail audit) {
        this.service = service;
        this.leads = leads;
        this.outbox = outbox;
        this.json = json;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<Lead> convert(UUID id, ConvertInput input, CurrentUser user) {
        return service.visible(id, user, true).chain(lead -> {
            if (lead.conversionId != null) {
                return Uni.createFrom().item(lead); // converting twice answers the same conversion
            }
            if (!StatusMachine.convertible(lead.status)) {
                throw new ConflictException(
                        "illegal-state-transition",
                        "A lead in status " + lead.status + " cannot be converted.",
                        Map.of("from", lead.status.name(), "to", LeadStatus.CONVERSION_PENDING.name()));
            }
            if (lead.ownerId == null || lead.team == null) {
                throw new ConflictException(
                        "lead-unassigned",
                        "The lead has no owner and team yet; assign it before converting.",
                        Map.of());
            }
            String[] names = PersonName.split(lead.name, input.givenName(), input.familyName());
            Instant now = Instant.now();
            Map<String, String> before = LeadAudit.snapshot(lead);
            LeadStatus from = lead.status;
            lead.statusBeforeConversion = from;
            lead.conversionFailedAt = null;
            lead.conversionFailureReason = null;
            lead.conversionFailureMessage = null;
            lead.conversionFailureErrors = null;
            lead.conversionId = UUID.randomUUID();
            lead.conversionRequestedAt = now;
            lead.conversionRequest = write(input);
            lead.status = LeadStatus.CONVERSION_PENDING;
            lead.updatedAt = now;
            if (from == LeadStatus.NEW && lead.firstRespondedAt == null) {
                lead.firstRespondedAt = now;
            }
            LeadConverted event = new LeadConverted(
                    lead.id,
                    lead.conversionId,
                    input.existingContactId(),
                    input.existingAccountId(),
                    new ConvertedContact(
                            names[0],
                            names[1],
                            lead.emailNormalized,
                            lead.phone,
                            lead.title,
                            lead.region,
                            lead.country),
                    input.existingAccountId() != null || lead.company == null
                            ? null
                            : new ConvertedAccount(
                                    lead.company, lead.industry, lead.region, lead.country, lead.sizeBand),
                    lead.ownerId,
                    lead.team,
                    input.opportunity() == null
                            ? null
                            : new ConvertedOpportunity(
                                    input.opportunity().name(),
                                    new Money(
                                            input.opportunity().amount().amount(),
                                            input.opportunity().amount().currency()),
                                    input.opportunity().closeDate()),
                    lead.source,
                    lead.campaignId,
                    user.subject(),
                    now);
            return outbox.append(new LeadStatusChanged(
                            lead.id, from, LeadStatus.CONVERSION_PENDING, null, user.subject(), now))
                    .chain(() -> outbox.append(event))
                    .call(leads::flush)
                    .call(() -> service.audited(
                            lead, "conversion-requested", before, user, "POST /api/v1/leads/{id}/convert"))
                    .replaceWith(lead);
        });
    }

    /** The contact service's answer; an answer for an unknown or already completed conversion changes nothing. */
    public Uni<Void> complete(UUID contactId, UUID accountId, UUID leadId, UUID conversionId, Actor actor) {
        if (leadId == null || conversionId == null) {
            return Uni.createFrom().voidItem();
        }
        return leads.findByConversion(leadId, conversionId).chain(lead -> {
            if (lead == null || lead.status != LeadStatus.CONVERSION_PENDING) {
                LOG.debugf("contact %s for lead %s: no pending conversion", contactId, leadId);
                return Uni.createFrom().voidItem();
            }
            Instant now = Instant.now();
            Map<String, String> before = LeadAudit.snapshot(lead);
            lead.status = LeadStatus.CONVERTED;
            lead.convertedContactId = contactId;
            lead.convertedAccountId = accountId;
            lead.convertedAt = now;
            lead.updatedAt = now;
            return outbox.append(new LeadStatusChanged(
                            lead.id, LeadStatus.CONVERSION_PENDING, LeadStatus.CONVERTED, null, "contact-service", now))
                    .chain(() -> audit.changes(
                            LeadAudit.LEAD, lead.id, "converted", before, LeadAudit.snapshot(lead), actor));
        });
    }

    /** The contact service refused the conversion; an answer for an unknown or finished one changes nothing. */
    public Uni<Void> fail(ContactConversionFailed failed, Actor actor) {
        return leads.findByConversion(failed.leadId(), failed.conversionId()).chain(lead -> {
            if (lead == null || lead.status != LeadStatus.CONVERSION_PENDING) {
                LOG.debugf(
                        "refused conversion %s of lead %s: no pending conversion",
                        failed.conversionId(), failed.leadId());
                return Uni.createFrom().voidItem();
            }
            Instant now = Instant.now();
            LeadStatus back = lead.statusBeforeConversion == null ? LeadStatus.QUALIFIED : lead.statusBeforeConversion;
            Map<String, String> before = LeadAudit.snapshot(lead);
            lead.status = back;
            lead.conversionId = null;
            lead.conversionRequest = null;
            lead.conversionFailedAt = failed.failedAt();
            lead.conversionFailureReason = failed.reason().name();
            lead.conversionFailureMessage = failed.message();
            lead.conversionFailureErrors = writeJson(failed.errors());
            lead.updatedAt = now;
            return outbox.append(new LeadStatusChanged(
                            lead.id,
                            LeadStatus.CONVERSION_PENDING,
                            back,
                            "conversion refused: " + failed.reason(),
                            "contact-service",
                            now))
                    .chain(() -> outbox.append(new LeadConversionFailed(
                            lead.id,
                            failed.conversionId(),
                            failed.reason(),
                            failed.message(),
                            failed.errors(),
                            failed.failedAt())))
                    .chain(() -> audit.changes(
                            LeadAudit.LEAD, lead.id, "conversion-failed", before, LeadAudit.snapshot(lead), actor));
        });
    }

    private String write(ConvertInput input) {
        return writeJson(input);
    }

    private String writeJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
