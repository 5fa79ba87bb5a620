package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.LifecycleChange;
import io.crmsuite.crm.contact.domain.LifecycleRules;
import io.crmsuite.crm.events.contact.ContactLifecycleChanged;
import io.crmsuite.crm.events.contact.LifecycleStage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Moves contacts between lifecycle stages by {@link LifecycleRules}, with history and a lifecycle-changed event. */
@ApplicationScoped
public class LifecycleService {
    private static final String PURCHASES_12M =
            "select count(*) from purchase where contact_id = :id and purchased_at >= :since";

    private final LifecycleRules rules;
    private final ContactEvents events;

    public LifecycleService(LifecycleRules rules, ContactEvents events) {
        this.rules = rules;
        this.events = events;
    }

    /**
     * Sets the first stage of a new contact (in the caller's transaction) and records it in the history. It is not
     * announced as {@code lifecycle-changed}: every new contact starts at POTENTIAL, which {@code contact created}
     * already implies (the bulk import writes its contacts the same way).
     */
    public Uni<Void> start(Contact contact, String reason) {
        return moveTo(contact, LifecycleStage.POTENTIAL, reason, false);
    }

    /** Re-evaluates the stage from the contact's facts; records and announces a change. */
    public Uni<Void> evaluate(Contact contact, Instant now) {
        Instant since = now.minus(Duration.ofDays(365));
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(PURCHASES_12M, Long.class)
                        .setParameter("id", contact.id)
                        .setParameter("since", since)
                        .getSingleResult())
                .chain(count -> {
                    LifecycleRules.Decision decision = rules.decide(
                            new LifecycleRules.Facts(
                                    contact.lifecycleStage,
                                    contact.createdAt,
                                    contact.lastInteractionAt,
                                    contact.lastPurchaseAt,
                                    count.intValue()),
                            now);
                    return decision.stage() == contact.lifecycleStage
                            ? Uni.createFrom().voidItem()
                            : moveTo(contact, decision.stage(), decision.reason(), true);
                });
    }

    private Uni<Void> moveTo(Contact contact, LifecycleStage stage, String reason, boolean announce) {
        LifecycleStage from = contact.lifecycleStage;
        Instant now = Instant.now();
        contact.lifecycleStage = stage;
        contact.customerStatus = LifecycleRules.statusOf(stage);
        LifecycleChange change = new LifecycleChange();
        change.id = UUID.randomUUID();
        change.contactId = contact.id;
        change.fromStage = from;
        change.toStage = stage;
        change.reason = reason;
        change.changedAt = now;
        Uni<Void> recorded = Panache.getSession().chain(s -> s.persist(change));
        return announce
                ? recorded.chain(() -> events.append(
                        new ContactLifecycleChanged(contact.id, from, stage, contact.customerStatus, reason, now)))
                : recorded;
    }
}
