package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.events.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import java.util.UUID;

/** A historical purchase (e.g. imported from an ERP); {@code opportunityId} makes a re-sent purchase count once. */
public record PurchaseInput(
        @NotNull UUID contactId,
        UUID opportunityId,
        @NotNull Money amount,
        @NotNull @PastOrPresent Instant purchasedAt) {}
