package io.crmsuite.crm.contact.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Up to 1,000 purchases in one all-or-nothing request. */
public record PurchaseBatch(
        @NotNull @Size(min = 1, max = 1000) List<@Valid @NotNull PurchaseInput> purchases) {}
