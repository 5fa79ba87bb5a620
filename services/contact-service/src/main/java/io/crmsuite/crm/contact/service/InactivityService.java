package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.contact.config.ContactSettings;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.InactivityRule;
import io.crmsuite.crm.contact.repository.ContactRepository;
import io.crmsuite.crm.events.contact.ContactInactive;
import io.crmsuite.crm.events.contact.ValueTier;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Finds contacts quiet for their tier's period ({@link InactivityRule}) and announces {@code contact inactive} once per
 * quiet period, set-based: each statement marks and returns up to {@code crm.contact.inactivity.batch-size} due
 * contacts (oldest quiet first; only due ones are read, so none starves behind contacts that are not due yet), and the
 * run goes on until none is left. Also moves long-silent contacts to CHURNED (a bounded batch per run). Runs in the
 * caller's transaction.
 */
@ApplicationScoped
public class InactivityService {
    static final int CHURN_BATCH = 500;
    private static final String SILENT = "from Contact c where c.erasedAt is null and c.lifecycleStage <> 'CHURNED'"
            + " and c.createdAt < :cutoff and coalesce(c.lastInteractionAt, c.createdAt) < :cutoff"
            + " and coalesce(c.lastPurchaseAt, c.createdAt) < :cutoff order by c.id";

    private final ContactRepository contacts;
    private final InactivityRule rule;
    private final LifecycleService lifecycle;
    private final Outbox outbox;
    private final ContactSettings settings;

    public InactivityService(
            ContactRepository contacts,
            InactivityRule rule,
            LifecycleService lifecycle,
            Outbox outbox,
            ContactSettings settings) {
        this.contacts = contacts;
        this.rule = rule;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
        this.settings = settings;
    }

    /** How many contacts were reported inactive and how many churned in this run. */
    public record Result(int inactive, int churned) {}

    public Uni<Result> check(Instant now) {
        Instant churnCutoff = now.minus(settings.lifecycle().churnWindow());
        return reportQuiet(now, 0).chain(inactive -> contacts.find(SILENT, java.util.Map.of("cutoff", churnCutoff))
                .range(0, CHURN_BATCH - 1)
                .list()
                .chain(silent -> each(silent, c -> lifecycle.evaluate(c, now)))
                .map(churned -> new Result(inactive, churned)));
    }

    /** Reports the due contacts a batch at a time until a batch comes back short; the number reported. */
    private Uni<Integer> reportQuiet(Instant now, int reported) {
        int batch = settings.inactivity().batchSize();
        return contacts.markInactive(
                        now,
                        rule.quietDays(ValueTier.A),
                        rule.quietDays(ValueTier.B),
                        rule.quietDays(ValueTier.C),
                        batch)
                .chain(quiet -> {
                    if (quiet.isEmpty()) {
                        return Uni.createFrom().item(reported);
                    }
                    List<ContactInactive> events = quiet.stream()
                            .map(c -> {
                                ValueTier tier = c.tier() == null ? null : ValueTier.valueOf(c.tier());
                                return new ContactInactive(
                                        c.id(), c.ownerId(), tier, c.lastInteractionAt(), rule.quietDays(tier), now);
                            })
                            .toList();
                    int total = reported + quiet.size();
                    return outbox.append(events)
                            .chain(() -> quiet.size() < batch ? Uni.createFrom().item(total) : reportQuiet(now, total));
                });
    }

    private static Uni<Integer> each(List<Contact> rows, java.util.function.Function<Contact, Uni<Void>> action) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return Multi.createFrom()
                .iterable(rows)
                .onItem()
                .transformToUniAndConcatenate(c -> action.apply(c))
                .collect()
                .last()
                .replaceWith(rows.size());
    }
}
