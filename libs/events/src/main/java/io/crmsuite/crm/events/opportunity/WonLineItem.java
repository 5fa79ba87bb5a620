package io.crmsuite.crm.events.opportunity;

import io.crmsuite.crm.events.Money;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One line of a won deal: the product (id, SKU, name, family), quantity, unit price from the price book, discount in
 * percent (null without one) and the line's amount after discount, in the deal's currency.
 */
public record WonLineItem(
        UUID productId,
        String sku,
        String name,
        String family,
        BigDecimal quantity,
        Money unitPrice,
        BigDecimal discountPercent,
        Money amount) {}
