package io.crmsuite.crm.events;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/** A decimal amount in an ISO 4217 currency (three upper-case letters). */
public record Money(BigDecimal amount, String currency) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, got " + currency);
        }
    }
}
