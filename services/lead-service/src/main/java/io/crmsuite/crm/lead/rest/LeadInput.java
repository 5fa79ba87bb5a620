package io.crmsuite.crm.lead.rest;

import io.crmsuite.crm.events.lead.LeadSource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The writable fields of a lead (create, partner upsert, import row, merge-patch). Owner, scores, status and
 * timestamps are never taken from a request. Email and phone are checked and normalised by the service (phone to
 * E.164; a national number is read in {@code country}).
 */
public record LeadInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String company,
        @Size(max = 200) String title,
        @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @NotBlank @Size(max = 100) String region,

        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as CN")
        String country,

        @Size(max = 100) String industry,
        @PositiveOrZero @Max(10_000_000) Integer companySize,
        @Size(max = 200) String productInterest,
        @Valid MoneyInput budget,
        LeadSource source,
        UUID campaignId,
        @Valid Utm utm,
        @Valid ConsentInput consent,
        @Size(max = 5000) String notes,

        @Size(max = 200) @Pattern(regexp = "[\\x21-\\x7E]+", message = "must be visible ASCII characters")
        String externalId) {}
