package io.crmsuite.crm.lead.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Conversion: optionally into an existing contact and/or account, optionally opening an opportunity. The person's
 * given and family name default to the lead's name split at the last space (or, for a CJK name, after the first
 * character).
 */
public record ConvertInput(
        UUID existingContactId,
        UUID existingAccountId,
        @Size(max = 100) String givenName,
        @Size(max = 100) String familyName,
        @Valid OpportunityInput opportunity) {

    public record OpportunityInput(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Valid MoneyInput amount,
            @NotNull LocalDate closeDate) {}
}
