package io.crmsuite.crm.contact.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.audit.AuditTrail;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.RecordTypes;
import io.crmsuite.crm.contact.repository.ContactRepository;
import io.crmsuite.crm.contact.rest.ContactMapper;
import io.crmsuite.crm.events.contact.ContactMerged;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.ResourceNotFoundException;
import io.crmsuite.crm.security.CurrentUser;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Merges a duplicate into a survivor: the survivor keeps its values and fills the gaps ({@link ContactMerger}), the
 * duplicate's timeline, tasks, purchases, consents and lifecycle history move over, the duplicate is deleted but its
 * full record stays in the audit trail, and {@code contact merged} tells other services to re-point.
 */
@ApplicationScoped
public class MergeService {
    private static final List<String> REPOINT = List.of(
            "update interaction set contact_id = :survivor where contact_id = :merged",
            "update follow_up_task set contact_id = :survivor where contact_id = :merged",
            "update purchase set contact_id = :survivor where contact_id = :merged",
            "update lifecycle_change set contact_id = :survivor where contact_id = :merged",
            "update consent set contact_id = :survivor where contact_id = :merged and not exists (select 1 from"
                    + " consent s where s.contact_id = :survivor and s.channel = consent.channel"
                    + " and s.purpose = consent.purpose)",
            "delete from consent where contact_id = :merged");

    private final ContactRepository contacts;
    private final ContactWriter writer;
    private final ContactMapper mapper;
    private final AuditTrail audit;
    private final ObjectMapper json;

    public MergeService(
            ContactRepository contacts,
            ContactWriter writer,
            ContactMapper mapper,
            AuditTrail audit,
            ObjectMapper json) {
        this.contacts = contacts;
        this.writer = writer;
        this.mapper = mapper;
        this.audit = audit;
        this.json = json;
    }

    @WithTransaction
    public Uni<Contact> merge(UUID survivorId, UUID mergedId, CurrentUser user, Actor actor) {
        if (survivorId.equals(mergedId)) {
            throw InvalidRequestException.forField("mergeId", "must be another contact than the survivor");
        }
        var scope = ContactAccess.write(user);
        return contacts.findInScope(survivorId, scope)
                .onItem()
                .ifNull()
                .failWith(() -> ResourceNotFoundException.of("Contact", survivorId))
                .chain(survivor -> contacts.findInScope(mergedId, scope)
                        .onItem()
                        .ifNull()
                        .failWith(() -> ResourceNotFoundException.of("Contact", mergedId))
                        .chain(merged -> merge(survivor, merged, user, actor)));
    }

    private Uni<Contact> merge(Contact survivor, Contact merged, CurrentUser user, Actor actor) {
        Map<String, String> before = mapper.snapshot(survivor);
        String record = snapshotJson(merged);
        Contact copy = new Contact();
        ContactMerger.fillFrom(copy, merged);
        copy.emails = merged.emails;
        survivor.trailingRevenue = survivor.trailingRevenue.add(merged.trailingRevenue);
        survivor.purchaseCount += merged.purchaseCount;
        survivor.lastPurchaseAt = latest(survivor.lastPurchaseAt, merged.lastPurchaseAt);
        return audit.action(RecordTypes.CONTACT, merged.id, "merged-away", record, actor)
                .chain(() -> repoint(survivor.id, merged.id))
                .chain(() -> contacts.delete(merged))
                .chain(contacts::flush)
                .chain(() -> {
                    ContactMerger.fillFrom(survivor, copy);
                    return writer.accountName(survivor.accountId);
                })
                .chain(name -> {
                    survivor.refreshDerived(name);
                    return audit.action(RecordTypes.CONTACT, survivor.id, "merged", merged.id.toString(), actor);
                })
                .chain(() -> writer.saveChanges(survivor, before, "merged", actor))
                .chain(() ->
                        writer.events().append(new ContactMerged(survivor.id, merged.id, user.actor(), Instant.now())))
                .replaceWith(survivor);
    }

    private Uni<Void> repoint(UUID survivor, UUID merged) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String sql : REPOINT) {
            chain = chain.chain(() -> Panache.getSession()
                    .chain(s -> {
                        var query = s.createNativeQuery(sql).setParameter("merged", merged);
                        if (sql.contains(":survivor")) {
                            query.setParameter("survivor", survivor);
                        }
                        return query.executeUpdate();
                    })
                    .replaceWithVoid());
        }
        return chain;
    }

    private String snapshotJson(Contact merged) {
        try {
            return json.writeValueAsString(mapper.toView(merged));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contact not serialisable", e);
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
