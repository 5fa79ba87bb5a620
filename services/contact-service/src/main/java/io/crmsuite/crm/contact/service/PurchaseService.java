package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.contact.config.ContactSettings;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.Purchase;
import io.crmsuite.crm.contact.domain.PurchaseItem;
import io.crmsuite.crm.contact.repository.ContactRepository;
import io.crmsuite.crm.events.Money;
import io.crmsuite.crm.events.opportunity.WonLineItem;
import io.crmsuite.crm.persistence.EntityTable;
import io.crmsuite.crm.persistence.SetStatements;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records purchases (won deals, imported history): once per opportunity, updating the contact's figures and stage.
 * The tier itself is recomputed for everyone together (it is relative). Runs in the caller's transaction.
 */
@ApplicationScoped
public class PurchaseService {
    private static final EntityTable<PurchaseItem> ITEMS = EntityTable.of(PurchaseItem.class);

    private final ContactRepository contacts;
    private final LifecycleService lifecycle;
    private final String currency;

    public PurchaseService(ContactRepository contacts, LifecycleService lifecycle, ContactSettings settings) {
        this.contacts = contacts;
        this.lifecycle = lifecycle;
        this.currency = settings.tier().currency();
    }

    /**
     * False when this opportunity was already counted. A merged-away contact's purchase goes to its survivor; an unknown
     * contact is a 400 (API) or a failed event (dead-letter topic).
     */
    public Uni<Boolean> record(UUID contactId, UUID opportunityId, Money amount, Instant at, String source) {
        return record(contactId, opportunityId, amount, at, source, List.of());
    }

    /** Like {@link #record(UUID, UUID, Money, Instant, String)}, with what was bought (stored with the purchase). */
    public Uni<Boolean> record(
            UUID contactId, UUID opportunityId, Money amount, Instant at, String source, List<WonLineItem> items) {
        if (!currency.equals(amount.currency())) {
            throw InvalidRequestException.forField("amount.currency", "must be " + currency);
        }
        if (amount.amount().signum() <= 0) {
            throw InvalidRequestException.forField("amount.amount", "must be positive");
        }
        Uni<Long> known = opportunityId == null
                ? Uni.createFrom().item(0L)
                : Panache.getSession()
                        .chain(s -> s.createQuery("select count(*) from Purchase where opportunityId = :o", Long.class)
                                .setParameter("o", opportunityId)
                                .getSingleResult());
        return known.chain(count -> count > 0
                ? Uni.createFrom().item(false)
                : contacts.findFollowingMerges(contactId).chain(contact -> {
                    if (contact == null || contact.erasedAt != null) {
                        throw InvalidRequestException.forField("contactId", "is not an existing contact");
                    }
                    return add(contact, opportunityId, amount, at, source, items)
                            .replaceWith(true);
                }));
    }

    private Uni<Void> add(
            Contact contact, UUID opportunityId, Money amount, Instant at, String source, List<WonLineItem> items) {
        Purchase purchase = new Purchase();
        purchase.id = UUID.randomUUID();
        purchase.contactId = contact.id;
        purchase.opportunityId = opportunityId;
        purchase.amount = amount.amount();
        purchase.currency = amount.currency();
        purchase.purchasedAt = at;
        purchase.source = source;
        Instant now = Instant.now();
        if (!at.isBefore(now.minus(Duration.ofDays(365)))) {
            contact.trailingRevenue = contact.trailingRevenue.add(amount.amount());
            contact.purchaseCount++;
        }
        if (contact.lastPurchaseAt == null || contact.lastPurchaseAt.isBefore(at)) {
            contact.lastPurchaseAt = at;
        }
        List<PurchaseItem> lines = lines(purchase.id, items);
        return Panache.getSession()
                .chain(s -> s.persist(purchase).chain(s::flush))
                .chain(() -> lines.isEmpty() ? Uni.createFrom().voidItem() : SetStatements.insert(ITEMS, lines))
                .chain(() -> lifecycle.evaluate(contact, now));
    }

    private static List<PurchaseItem> lines(UUID purchaseId, List<WonLineItem> items) {
        List<PurchaseItem> lines = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            WonLineItem item = items.get(i);
            PurchaseItem line = new PurchaseItem();
            line.id = UUID.randomUUID();
            line.purchaseId = purchaseId;
            line.line = i + 1;
            line.productId = item.productId();
            line.sku = item.sku();
            line.name = item.name();
            line.family = item.family();
            line.quantity = item.quantity();
            line.unitPrice = item.unitPrice().amount();
            line.discountPercent = item.discountPercent();
            line.amount = item.amount().amount();
            line.currency = item.amount().currency();
            lines.add(line);
        }
        return lines;
    }
}
