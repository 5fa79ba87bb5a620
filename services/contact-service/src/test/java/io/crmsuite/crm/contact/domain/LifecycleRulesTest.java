package io.crmsuite.crm.contact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crmsuite.crm.events.contact.CustomerStatus;
import io.crmsuite.crm.events.contact.LifecycleStage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LifecycleRulesTest {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private final LifecycleRules rules = new LifecycleRules(Duration.ofDays(30), Duration.ofDays(365), 2);

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private LifecycleStage stage(
            LifecycleStage current, Instant created, Instant interaction, Instant purchase, int n) {
        return rules.decide(new LifecycleRules.Facts(current, created, interaction, purchase, n), NOW)
                .stage();
    }

    @Test
    void theStagesFollowTheFacts() {
        assertEquals(LifecycleStage.POTENTIAL, stage(LifecycleStage.POTENTIAL, daysAgo(10), null, null, 0));
        assertEquals(LifecycleStage.AWARENESS, stage(LifecycleStage.POTENTIAL, daysAgo(10), daysAgo(29), null, 0));
        assertEquals(LifecycleStage.AWARENESS, stage(LifecycleStage.AWARENESS, daysAgo(100), daysAgo(31), null, 0));
        assertEquals(LifecycleStage.PURCHASE, stage(LifecycleStage.AWARENESS, daysAgo(100), null, daysAgo(5), 1));
        assertEquals(LifecycleStage.LOYAL, stage(LifecycleStage.PURCHASE, daysAgo(400), null, daysAgo(5), 2));
        assertEquals(
                LifecycleStage.CHURNED, stage(LifecycleStage.PURCHASE, daysAgo(800), daysAgo(366), daysAgo(400), 0));
        assertEquals(LifecycleStage.POTENTIAL, stage(LifecycleStage.POTENTIAL, daysAgo(365), null, null, 0));
        assertEquals(LifecycleStage.AWARENESS, stage(LifecycleStage.CHURNED, daysAgo(800), daysAgo(1), null, 0));
    }

    @Test
    void statusFollowsTheStage() {
        assertEquals(CustomerStatus.POTENTIAL, LifecycleRules.statusOf(LifecycleStage.AWARENESS));
        assertEquals(CustomerStatus.EXISTING, LifecycleRules.statusOf(LifecycleStage.LOYAL));
        assertEquals(CustomerStatus.LAPSED, LifecycleRules.statusOf(LifecycleStage.CHURNED));
    }
}
