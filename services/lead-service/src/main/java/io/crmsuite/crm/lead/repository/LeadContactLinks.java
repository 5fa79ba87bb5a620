package io.crmsuite.crm.lead.repository;

import io.crmsuite.crm.persistence.SetStatements;
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

    /** What stands in for other personal text in stored events. */
    static final String ERASED = "[erased]";

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

    /** The leads of a person: by email, phone, or a contact they were converted into or matched to. */
    public Uni<List<UUID>> leadsOfPerson(List<String> emails, List<String> phones, List<UUID> contactIds) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select id from lead where email_normalized = any(?1) or phone = any(?2)"
                                + " or converted_contact_id = any(?3) or matched_contact_id = any(?3)"
                                + " order by id",
                        UUID.class)
                .setParameter(1, emails.toArray(String[]::new))
                .setParameter(2, phones.toArray(String[]::new))
                .setParameter(3, contactIds.toArray(UUID[]::new))
                .getResultList());
    }

    /**
     * Anonymises leads of an erased person in place — name, title, email, phone, notes, consent text, status reason,
     * external id and the free text of their interactions — and the personal values of their stored events
     * (the converted person of {@code lead converted}, a status change's reason) and remembered API responses.
     * Keeps what is not personal (company, region, industry, size, source, status, score, owner, dates), so that
     * funnel figures stay right.
     */
    public Uni<Void> erase(List<UUID> leadIds) {
        UUID[] ids = leadIds.toArray(UUID[]::new);
        String[] keys = leadIds.stream().map(UUID::toString).toArray(String[]::new);
        String[] patterns = leadIds.stream().map(id -> "%" + id + "%").toArray(String[]::new);
        return SetStatements.execute(
                        "update lead_interaction set detail = null where detail is not null and lead_id = any(?1)",
                        (Object) ids)
                .chain(() -> SetStatements.execute(
                        "update lead set name = ?2, title = null, email = null, email_normalized = null, phone = null,"
                                + " phone_unverified = null, notes = null, consent_text = null, status_reason = null,"
                                + " external_id = null, version = version + 1, updated_at = now() where id = any(?1)",
                        ids,
                        ERASED_NAME))
                .chain(() -> SetStatements.execute(
                        "update crm_outbox set payload = jsonb_set(cast(payload as jsonb), '{contact}',"
                                + " (cast(payload as jsonb) -> 'contact') || cast('{\"givenName\":\"" + ERASED
                                + "\",\"familyName\":\"" + ERASED + "\",\"email\":null,\"phone\":null,"
                                + "\"title\":null}' as jsonb))::text"
                                + " where event_key = any(?1) and type = 'crm.lead.converted.v1'",
                        (Object) keys))
                .chain(() -> SetStatements.execute(
                        "update crm_outbox set payload = (cast(payload as jsonb) || cast('{\"reason\":null}' as jsonb))"
                                + "::text where event_key = any(?1) and type = 'crm.lead.status-changed.v1'",
                        (Object) keys))
                .chain(() -> SetStatements.execute(
                        "delete from crm_idempotency_keys where response_body like any(?1)", (Object) patterns))
                .replaceWithVoid();
    }
}
