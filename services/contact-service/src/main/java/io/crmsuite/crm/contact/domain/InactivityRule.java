package io.crmsuite.crm.contact.domain;

import io.crmsuite.crm.events.contact.ValueTier;
import java.time.Duration;
import java.time.Instant;

/**
 * A contact is inactive when nothing happened with it for its tier's quiet period ({@code quietDaysA}, {@code B},
 * {@code C}; a contact without a tier counts as C), counted from its last interaction, or from its creation if there
 * never was one. It is reported once per quiet period: again only after a new interaction started a new period.
 */
public final class InactivityRule {
    private final int quietDaysA;
    private final int quietDaysB;
    private final int quietDaysC;

    public InactivityRule(int quietDaysA, int quietDaysB, int quietDaysC) {
        if (quietDaysA < 1 || quietDaysB < 1 || quietDaysC < 1) {
            throw new IllegalArgumentException("quiet periods are at least one day");
        }
        this.quietDaysA = quietDaysA;
        this.quietDaysB = quietDaysB;
        this.quietDaysC = quietDaysC;
    }

    public int quietDays(ValueTier tier) {
        return tier == ValueTier.A ? quietDaysA : tier == ValueTier.B ? quietDaysB : quietDaysC;
    }

    /** The shortest quiet period: no contact is due before it. */
    public int shortest() {
        return Math.min(quietDaysA, Math.min(quietDaysB, quietDaysC));
    }

    public boolean isNewlyInactive(
            ValueTier tier, Instant createdAt, Instant lastInteractionAt, Instant notifiedAt, Instant now) {
        Instant quietSince = lastInteractionAt != null ? lastInteractionAt : createdAt;
        if (quietSince == null
                || quietSince.plus(Duration.ofDays(quietDays(tier))).isAfter(now)) {
            return false;
        }
        return notifiedAt == null || notifiedAt.isBefore(quietSince);
    }
}
