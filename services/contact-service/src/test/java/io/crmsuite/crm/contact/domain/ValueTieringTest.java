package io.crmsuite.crm.contact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.events.contact.ValueTier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueTieringTest {
    private final ValueTiering tiering = new ValueTiering(0.70, 0.10, 0.15, 0.35);

    private static ValueTiering.Revenue revenue(int i, long amount) {
        return new ValueTiering.Revenue(new UUID(0, i), BigDecimal.valueOf(amount));
    }

    private static long count(Map<UUID, ValueTier> tiers, ValueTier tier) {
        return tiers.values().stream().filter(t -> t == tier).count();
    }

    @Test
    void paretoShareDecidesWithinTheCustomerShareBand() {
        // 20 customers: two of 4,000 and eighteen of 100 -> 8,000 of 9,800 = 81.6 % in the top 2 (10 %)
        List<ValueTiering.Revenue> revenues = new ArrayList<>();
        revenues.add(revenue(1, 4000));
        revenues.add(revenue(2, 4000));
        for (int i = 3; i <= 20; i++) {
            revenues.add(revenue(i, 100));
        }
        Map<UUID, ValueTier> tiers = tiering.assign(revenues);
        assertEquals(ValueTier.A, tiers.get(new UUID(0, 1)));
        assertEquals(ValueTier.A, tiers.get(new UUID(0, 2)));
        assertEquals(2, count(tiers, ValueTier.A));
        assertEquals(7, count(tiers, ValueTier.B)); // round(20 * 0.35)
        assertEquals(11, count(tiers, ValueTier.C));
    }

    @Test
    void evenRevenueIsCappedAtTheMaximumCustomerShare() {
        List<ValueTiering.Revenue> revenues = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            revenues.add(revenue(i, 500));
        }
        Map<UUID, ValueTier> tiers = tiering.assign(revenues);
        assertEquals(15, count(tiers, ValueTier.A)); // 70 would reach 70 % of revenue; capped at 15 %
        assertEquals(35, count(tiers, ValueTier.B));
        assertEquals(50, count(tiers, ValueTier.C));
    }

    @Test
    void contactsWithoutRevenueAreC() {
        Map<UUID, ValueTier> tiers = tiering.assign(List.of(revenue(1, 0), revenue(2, 10)));
        assertEquals(ValueTier.C, tiers.get(new UUID(0, 1)));
        assertEquals(ValueTier.A, tiers.get(new UUID(0, 2)));
    }

    @Test
    void onAParetoDistributedThousandTheATierHolds10To15PercentAndMostRevenue() {
        Random random = new Random(42);
        List<ValueTiering.Revenue> revenues = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            double pareto = 1000 / Math.pow(1 - random.nextDouble(), 1 / 1.16); // alpha 1.16: the 80/20 rule
            revenues.add(revenue(i, Math.round(pareto)));
        }
        Map<UUID, ValueTier> tiers = tiering.assign(revenues);
        long a = count(tiers, ValueTier.A);
        BigDecimal total = revenues.stream().map(ValueTiering.Revenue::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal inA = revenues.stream()
                .filter(r -> tiers.get(r.contactId()) == ValueTier.A)
                .map(ValueTiering.Revenue::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(a >= 100 && a <= 150, "A customers " + a);
        assertTrue(inA.doubleValue() / total.doubleValue() >= 0.60, "A revenue share " + inA + "/" + total);
    }
}
