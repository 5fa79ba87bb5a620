package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.events.lead.LeadAssigned;
import io.crmsuite.crm.events.lead.LeadCaptured;
import io.crmsuite.crm.events.lead.LeadStatus;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.SlaPolicy;
import io.crmsuite.crm.lead.domain.Submitter;
import java.time.Instant;
import java.util.UUID;

/**
 * What every new lead gets, whichever path writes it (a group-committed batch, an import chunk, or a capture alone in
 * its request's transaction): its identity and submitter, its {@code captured} event, and — for a rep who keeps what
 * they enter — its owner.
 */
final class NewLead {
    private NewLead() {}

    /** A new id, status New, the submitter, and {@code now} as creation and update time. */
    static void stamp(Lead lead, Submitter submitter, Instant now) {
        lead.id = UUID.randomUUID();
        lead.status = LeadStatus.NEW;
        lead.submittedBy = submitter.id();
        lead.submitterKind = submitter.kind().name();
        lead.createdAt = now;
        lead.updatedAt = now;
    }

    static LeadCaptured captured(Lead lead, Submitter submitter, Instant now) {
        return new LeadCaptured(
                lead.id,
                lead.source,
                lead.campaignId,
                lead.region,
                lead.country,
                lead.industry,
                submitter.actor(),
                now);
    }

    /** Gives the lead to the rep who entered it ({@link Submitter#keepsOwnLeads()}); the event, or null. */
    static LeadAssigned toSubmitter(Lead lead, Submitter submitter, SlaPolicy sla, Instant now) {
        return LeadAssignment.toOwner(
                lead, submitter.user().subject(), submitter.user().team(), sla, now);
    }
}
