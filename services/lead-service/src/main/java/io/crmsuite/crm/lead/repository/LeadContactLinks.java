package io.crmsuite.crm.lead.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The leads' references to contacts of the contact service ({@code converted_contact_id}, {@code matched_contact_id})
 * and accounts ({@code converted_account_id}) as contact events move them: a merge re-points them to the survivor; an erasure anonymises the personal data of
 * every lead of that person. Runs in the consumer's transaction (with its inbox row).
 */
@ApplicationScoped
public class LeadContactLinks {
    /** What stands in for the name of an erased person (the column is required). */
    public static final String ERASED_NAME = "Erased person";

    public Uni<Integer> repoint(UUID mergedId, UUID survivorId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "update lead set converted_contact_id = case when converted_contact_id = ?1 then ?2"
                                + " else converted_contact_id end, matched_contact_id = case when"
                                + " matched_contact_id = ?1 then ?2 else matched_contact_id end,"
                                + " version = version + 1, updated_at = now()"
                                + " where converted_contact_id = ?1 or matched_contact_id = ?1")
                .setParameter(1, mergedId)
                .setParameter(2, survivorId)
                .executeUpdate());
    }

    public Uni<Integer> repointAccount(UUID mergedId, UUID survivorId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("update lead set converted_account_id = ?2,"
                                + " version = version + 1, updated_at = now() where converted_account_id = ?1")
                        .setParameter(1, mergedId)
                        .setParameter(2, survivorId)
                        .executeUpdate());
    }

    /** The leads converted into or matched to a contact. */
    public Uni<List<UUID>> leadsOf(UUID contactId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select id from lead where converted_contact_id = ?1 or matched_contact_id = ?1", UUID.class)
                .setParameter(1, contactId)
                .getResultList());
    }

    /**
     * Anonymises the leads of an erased person in place: name, title, email, phone, notes, consent text, status reason
     * and the free text of their interactions. Keeps what is not personal (company, region, industry, size, source,
     * status, score, owner, dates), so that funnel figures stay right.
     */
    public Uni<Integer> erase(UUID contactId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "update lead_interaction set detail = null where detail is not null and lead_id in"
                                + " (select id from lead where converted_contact_id = ?1"
                                + " or matched_contact_id = ?1)")
                .setParameter(1, contactId)
                .executeUpdate()
                .chain(() -> session.createNativeQuery("update lead set name = ?2, title = null,"
                                + " email = null, email_normalized = null, phone = null, phone_unverified = null, notes = null,"
                                + " consent_text = null, status_reason = null, external_id = null,"
                                + " version = version + 1, updated_at = now()"
                                + " where converted_contact_id = ?1 or matched_contact_id = ?1")
                        .setParameter(1, contactId)
                        .setParameter(2, ERASED_NAME)
                        .executeUpdate()));
    }
}
