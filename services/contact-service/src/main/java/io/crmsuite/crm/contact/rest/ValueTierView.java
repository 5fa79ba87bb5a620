package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.events.contact.ValueTier;
import java.math.BigDecimal;
import java.time.Instant;

/** The ABC tier with the figures behind it (trailing 12 months). */
public record ValueTierView(
        ValueTier tier, BigDecimal trailingRevenue, String currency, int purchaseCount, Instant lastPurchaseAt) {}
