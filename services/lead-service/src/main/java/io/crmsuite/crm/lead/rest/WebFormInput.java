package io.crmsuite.crm.lead.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A public web-form submission. {@code website} is the honeypot: hidden from people, so any value means a bot.
 * The consent text shown on the form is required and stored with the lead.
 */
public record WebFormInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String company,
        @Size(max = 200) String title,
        @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @Size(max = 100) String region,

        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as CN")
        String country,

        @Size(max = 100) String industry,
        @PositiveOrZero @Max(10_000_000) Integer companySize,
        @Size(max = 200) String productInterest,
        UUID campaignId,
        @Valid Utm utm,
        @NotNull @Valid ConsentInput consent,
        @Size(max = 2000) String message,
        String website) {

    /** The lead fields of the submission (region "Unknown" when the form did not ask). */
    public LeadInput toLead() {
        return new LeadInput(
                name,
                company,
                title,
                email,
                phone,
                region == null || region.isBlank() ? "Unknown" : region,
                country,
                industry,
                companySize,
                productInterest,
                null,
                io.crmsuite.crm.events.lead.LeadSource.WEB_FORM,
                campaignId,
                utm,
                consent,
                message,
                null);
    }
}
