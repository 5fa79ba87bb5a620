package io.crmsuite.crm.contact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.events.contact.ValueTier;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InactivityRuleTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private final InactivityRule rule = new InactivityRule(3, 7, 10);

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    void eachTierHasItsQuietPeriodAndNoTierCountsAsC() {
        assertEquals(3, rule.quietDays(ValueTier.A));
        assertEquals(7, rule.quietDays(ValueTier.B));
        assertEquals(10, rule.quietDays(ValueTier.C));
        assertEquals(10, rule.quietDays(null));
        assertEquals(3, rule.shortest());
        assertTrue(rule.isNewlyInactive(ValueTier.A, daysAgo(30), daysAgo(3), null, NOW));
        assertFalse(rule.isNewlyInactive(ValueTier.B, daysAgo(30), daysAgo(3), null, NOW));
        assertTrue(rule.isNewlyInactive(ValueTier.B, daysAgo(30), daysAgo(7), null, NOW));
        assertFalse(rule.isNewlyInactive(null, daysAgo(8), null, null, NOW));
        assertTrue(rule.isNewlyInactive(null, daysAgo(10), null, null, NOW));
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> new InactivityRule(0, 3, 3));
    }

    @Test
    void onceReportedAContactIsNotReportedAgainUntilANewInteraction() {
        assertFalse(rule.isNewlyInactive(ValueTier.A, daysAgo(30), daysAgo(5), daysAgo(1), NOW));
        // a new interaction 4 days ago started a new quiet period after the report 6 days ago
        assertTrue(rule.isNewlyInactive(ValueTier.A, daysAgo(30), daysAgo(4), daysAgo(6), NOW));
    }
}
