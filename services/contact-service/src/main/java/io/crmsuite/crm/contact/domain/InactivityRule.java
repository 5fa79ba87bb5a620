package io.crmsuite.crm.contact.domain;

import io.crmsuite.crm.events.contact.ValueTier;
import java.time.Duration;
import java.time.Instant;

/**
 * A contact is inactive when nothing happened with it for its quiet period (A tier: {@code quietDaysA}, others:
 * {@code quietDaysOther}), counted from its last interaction, or from its creation if there never was one. It is
 * reported once per quiet period: again only after a new interaction started a new period.
 */
public final class InactivityRule {
    private final int quietDaysA;
    private final int quietDaysOther;

    public InactivityRule(int quietDaysA, int quietDaysOther) {
        this.quietDaysA = quietDaysA;
        this.quietDaysOther = quietDaysOther;
    }

    public int quietDays(ValueTier tier) {
        return tier == ValueTier.A ? quietDaysA : quietDaysOther;
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
