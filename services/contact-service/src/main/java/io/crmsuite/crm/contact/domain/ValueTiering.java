package io.crmsuite.crm.contact.domain;

import io.crmsuite.crm.events.contact.ValueTier;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * ABC tiering by the Pareto rule over the customers with trailing-12-month revenue above zero, ranked by revenue
 * (ties by id, so the result is deterministic). A = the smallest top group whose revenue reaches {@code revenueShare},
 * but never fewer than {@code minCustomerShare} nor more than {@code maxCustomerShare} of the customers (rounded up /
 * down, at least one); B = the next {@code bCustomerShare} of the customers; C = the rest, and every contact without
 * revenue.
 */
public final class ValueTiering {
    private final double revenueShare;
    private final double minCustomerShare;
    private final double maxCustomerShare;
    private final double bCustomerShare;

    public ValueTiering(double revenueShare, double minCustomerShare, double maxCustomerShare, double bCustomerShare) {
        if (minCustomerShare > maxCustomerShare) {
            throw new IllegalArgumentException("min customer share above max customer share");
        }
        this.revenueShare = revenueShare;
        this.minCustomerShare = minCustomerShare;
        this.maxCustomerShare = maxCustomerShare;
        this.bCustomerShare = bCustomerShare;
    }

    public record Revenue(UUID contactId, BigDecimal amount) {}

    public Map<UUID, ValueTier> assign(List<Revenue> revenues) {
        List<Revenue> ranked = revenues.stream()
                .filter(r -> r.amount().signum() > 0)
                .sorted(Comparator.comparing(Revenue::amount).reversed().thenComparing(Revenue::contactId))
                .toList();
        Map<UUID, ValueTier> tiers = new HashMap<>();
        revenues.forEach(r -> tiers.put(r.contactId(), ValueTier.C));
        int n = ranked.size();
        if (n == 0) {
            return tiers;
        }
        int aCount = clamp(paretoCount(ranked), minCount(n), maxCount(n));
        int bCount = Math.min(n - aCount, (int) Math.round(n * bCustomerShare));
        for (int i = 0; i < n; i++) {
            ValueTier tier = i < aCount ? ValueTier.A : i < aCount + bCount ? ValueTier.B : ValueTier.C;
            tiers.put(ranked.get(i).contactId(), tier);
        }
        return tiers;
    }

    /** The smallest number of top customers whose revenue reaches the revenue share. */
    private int paretoCount(List<Revenue> ranked) {
        BigDecimal total = ranked.stream().map(Revenue::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal target = total.multiply(BigDecimal.valueOf(revenueShare));
        BigDecimal running = BigDecimal.ZERO;
        for (int i = 0; i < ranked.size(); i++) {
            running = running.add(ranked.get(i).amount());
            if (running.compareTo(target) >= 0) {
                return i + 1;
            }
        }
        return ranked.size();
    }

    private int minCount(int n) {
        return Math.max(1, (int) Math.ceil(n * minCustomerShare - 1e-9));
    }

    private int maxCount(int n) {
        return Math.max(minCount(n), (int) Math.floor(n * maxCustomerShare + 1e-9));
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
