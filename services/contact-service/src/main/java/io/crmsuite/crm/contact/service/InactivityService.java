package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.contact.config.ContactSettings;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.InactivityRule;
import io.crmsuite.crm.contact.repository.ContactRepository;
import io.crmsuite.crm.events.contact.ContactInactive;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Finds contacts quiet for their period ({@link InactivityRule}) and announces {@code contact inactive} once per quiet
 * period; also moves long-silent contacts to CHURNED. Runs in the caller's transaction, a bounded batch per run.
 */
@ApplicationScoped
public class InactivityService {
    static final int BATCH = 500;
    private static final String QUIET = "from Contact c where c.erasedAt is null"
            + " and coalesce(c.lastInteractionAt, c.createdAt) < :cutoff and (c.inactiveNotifiedAt is null"
            + " or c.inactiveNotifiedAt < coalesce(c.lastInteractionAt, c.createdAt)) order by c.id";
    private static final String SILENT = "from Contact c where c.erasedAt is null and c.lifecycleStage <> 'CHURNED'"
            + " and c.createdAt < :cutoff and coalesce(c.lastInteractionAt, c.createdAt) < :cutoff"
            + " and coalesce(c.lastPurchaseAt, c.createdAt) < :cutoff order by c.id";

    private final ContactRepository contacts;
    private final InactivityRule rule;
    private final LifecycleService lifecycle;
    private final ContactEvents events;
    private final ContactSettings settings;

    public InactivityService(
            ContactRepository contacts,
            InactivityRule rule,
            LifecycleService lifecycle,
            ContactEvents events,
            ContactSettings settings) {
        this.contacts = contacts;
        this.rule = rule;
        this.lifecycle = lifecycle;
        this.events = events;
        this.settings = settings;
    }

    /** How many contacts were reported inactive and how many churned in this run. */
    public record Result(int inactive, int churned) {}

    public Uni<Result> check(Instant now) {
        int shortest = Math.min(
                settings.inactivity().quietDaysA(), settings.inactivity().quietDaysOther());
        Instant quietCutoff = now.minus(Duration.ofDays(shortest));
        Instant churnCutoff = now.minus(settings.lifecycle().churnWindow());
        return contacts.find(QUIET, java.util.Map.of("cutoff", quietCutoff))
                .range(0, BATCH - 1)
                .list()
                .chain(quiet -> each(
                        quiet.stream()
                                .filter(c -> rule.isNewlyInactive(
                                        c.valueTier, c.createdAt, c.lastInteractionAt, c.inactiveNotifiedAt, now))
                                .toList(),
                        c -> notify(c, now)))
                .chain(inactive -> contacts.find(SILENT, java.util.Map.of("cutoff", churnCutoff))
                        .range(0, BATCH - 1)
                        .list()
                        .chain(silent -> each(silent, c -> lifecycle.evaluate(c, now)))
                        .map(churned -> new Result(inactive, churned)));
    }

    private Uni<Void> notify(Contact c, Instant now) {
        c.inactiveNotifiedAt = now;
        return events.append(new ContactInactive(
                c.id, c.ownerId, c.valueTier, c.lastInteractionAt, rule.quietDays(c.valueTier), now));
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
