package io.crmsuite.crm.lead.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person as lead-service can find them without a contact: by email, phone, or both. */
@Schema(name = "PersonQuery")
public record PersonQuery(
        @Schema(description = "An email address the person gave") @Size(max = 254)
        String email,

        @Schema(description = "A phone number the person gave (national numbers in the default country)")
        @Size(max = 40)
        String phone) {}
