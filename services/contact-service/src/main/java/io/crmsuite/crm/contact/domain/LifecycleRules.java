package io.crmsuite.crm.contact.domain;

import io.crmsuite.crm.events.contact.CustomerStatus;
import io.crmsuite.crm.events.contact.LifecycleStage;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a contact stands in its lifecycle, from its facts: {@code loyalPurchases} or more purchases within 12 months =
 * LOYAL; any purchase within the churn window = PURCHASE; nothing (no purchase, no interaction) within the churn window
 * for a contact older than it = CHURNED; an interaction within the engagement window = AWARENESS; else POTENTIAL (or the
 * stage it had: a contact never falls back from PURCHASE to AWARENESS while it has recent activity).
 */
public final class LifecycleRules {
    private static final Duration TWELVE_MONTHS = Duration.ofDays(365);
    private final Duration engagementWindow;
    private final Duration churnWindow;
    private final int loyalPurchases;

    public LifecycleRules(Duration engagementWindow, Duration churnWindow, int loyalPurchases) {
        this.engagementWindow = engagementWindow;
        this.churnWindow = churnWindow;
        this.loyalPurchases = loyalPurchases;
    }

    /** The facts the rules read. {@code purchasesLast12Months} counts purchases in the 365 days before now. */
    public record Facts(
            LifecycleStage current,
            Instant createdAt,
            Instant lastInteractionAt,
            Instant lastPurchaseAt,
            int purchasesLast12Months) {}

    public record Decision(LifecycleStage stage, String reason) {}

    public Decision decide(Facts facts, Instant now) {
        if (facts.purchasesLast12Months() >= loyalPurchases) {
            return new Decision(LifecycleStage.LOYAL, facts.purchasesLast12Months() + " purchases within 12 months");
        }
        if (within(facts.lastPurchaseAt(), now, churnWindow) && within(facts.lastPurchaseAt(), now, TWELVE_MONTHS)) {
            return new Decision(LifecycleStage.PURCHASE, "won purchase");
        }
        boolean engagedRecently = within(facts.lastInteractionAt(), now, churnWindow);
        boolean oldEnough = facts.createdAt() != null && !within(facts.createdAt(), now, churnWindow);
        if (!engagedRecently && oldEnough) {
            return new Decision(
                    LifecycleStage.CHURNED, "no purchase and no interaction within " + churnWindow.toDays() + " days");
        }
        if (within(facts.lastInteractionAt(), now, engagementWindow)) {
            return new Decision(LifecycleStage.AWARENESS, "interaction within " + engagementWindow.toDays() + " days");
        }
        LifecycleStage current = facts.current() == null ? LifecycleStage.POTENTIAL : facts.current();
        return new Decision(current == LifecycleStage.CHURNED ? LifecycleStage.POTENTIAL : current, "unchanged");
    }

    public static CustomerStatus statusOf(LifecycleStage stage) {
        return switch (stage) {
            case POTENTIAL, AWARENESS -> CustomerStatus.POTENTIAL;
            case PURCHASE, LOYAL -> CustomerStatus.EXISTING;
            case CHURNED -> CustomerStatus.LAPSED;
        };
    }

    private static boolean within(Instant at, Instant now, Duration window) {
        return at != null && !at.isBefore(now.minus(window));
    }
}
