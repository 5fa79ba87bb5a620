package io.crmsuite.crm.events.lead;

import io.crmsuite.crm.events.Money;
import java.time.LocalDate;

/** The deal to open with the conversion, if any. */
public record ConvertedOpportunity(String name, Money amount, LocalDate closeDate) {}
