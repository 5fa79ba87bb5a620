package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.contact.config.ContactSettings;
import io.crmsuite.crm.contact.domain.ValueTiering;
import io.crmsuite.crm.events.Money;
import io.crmsuite.crm.events.contact.ContactTierChanged;
import io.crmsuite.crm.events.contact.ValueTier;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * ABC tiers from trailing-12-month revenue: refreshes every contact's revenue figures from its purchases, ranks them
 * with {@link ValueTiering} and announces each change with {@code tier-changed}. Runs in the caller's transaction.
 */
@ApplicationScoped
public class ValueTierService {
    private static final String REFRESH_FIGURES = "update contact c set trailing_revenue = coalesce(p.revenue, 0),"
            + " purchase_count = coalesce(p.purchases, 0), last_purchase_at = p.last_at from contact c2"
            + " left join (select contact_id, sum(amount) filter (where purchased_at >= :since) as revenue,"
            + " count(*) filter (where purchased_at >= :since) as purchases, max(purchased_at) as last_at"
            + " from purchase group by contact_id) p on p.contact_id = c2.id"
            + " where c.id = c2.id and c.erased_at is null and (c.trailing_revenue is distinct from"
            + " coalesce(p.revenue, 0) or c.purchase_count is distinct from coalesce(p.purchases, 0)"
            + " or c.last_purchase_at is distinct from p.last_at)";
    private static final String READ =
            "select id, trailing_revenue, value_tier, purchase_count from contact" + " where erased_at is null";
    private static final String WRITE_TIER = "update contact set value_tier = :tier where id = :id";

    private final ValueTiering tiering;
    private final ContactEvents events;
    private final String currency;

    public ValueTierService(ValueTiering tiering, ContactEvents events, ContactSettings settings) {
        this.tiering = tiering;
        this.events = events;
        this.currency = settings.tier().currency();
    }

    /** What a recomputation found. */
    public record Summary(int customers, int a, int b, int c, BigDecimal revenue, BigDecimal aRevenue, int changed) {}

    public Uni<Summary> recompute(Instant now) {
        Instant since = now.minus(Duration.ofDays(365));
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(REFRESH_FIGURES)
                        .setParameter("since", since)
                        .executeUpdate()
                        .chain(() -> s.createNativeQuery(READ, Object[].class).getResultList()))
                .chain(rows -> apply(rows, now));
    }

    private Uni<Summary> apply(List<Object[]> rows, Instant now) {
        List<ValueTiering.Revenue> revenues = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            revenues.add(new ValueTiering.Revenue((UUID) row[0], (BigDecimal) row[1]));
        }
        Map<UUID, ValueTier> tiers = tiering.assign(revenues);
        int[] counts = new int[3];
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal aRevenue = BigDecimal.ZERO;
        List<Change> changes = new ArrayList<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            BigDecimal revenue = (BigDecimal) row[1];
            ValueTier before = row[2] == null ? null : ValueTier.valueOf((String) row[2]);
            ValueTier after = tiers.get(id);
            if (revenue.signum() > 0) {
                counts[after.ordinal()]++;
                total = total.add(revenue);
                aRevenue = after == ValueTier.A ? aRevenue.add(revenue) : aRevenue;
            }
            if (before != after) {
                changes.add(new Change(id, before, after, revenue, ((Number) row[3]).intValue()));
            }
        }
        Summary summary = new Summary(
                counts[0] + counts[1] + counts[2], counts[0], counts[1], counts[2], total, aRevenue, changes.size());
        return Multi.createFrom()
                .iterable(changes)
                .onItem()
                .transformToUniAndConcatenate(change -> write(change, now))
                .collect()
                .last()
                .replaceWith(summary);
    }

    private record Change(UUID id, ValueTier before, ValueTier after, BigDecimal revenue, int purchases) {}

    private Uni<Void> write(Change c, Instant now) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(WRITE_TIER)
                        .setParameter("tier", c.after().name())
                        .setParameter("id", c.id())
                        .executeUpdate())
                .chain(() -> events.append(new ContactTierChanged(
                        c.id(), c.before(), c.after(), new Money(c.revenue(), currency), c.purchases(), now)));
    }
}
