package io.crmsuite.crm.contact.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom to erase: a contact, or the email or phone of a person who may only ever have been a lead; and why. */
@Schema(name = "ErasureRequestInput")
public record ErasureRequestInput(
        @Schema(description = "A contact to erase (with every email and phone it has)")
        UUID contactId,

        @Schema(description = "An email address the person is known by") @Size(max = 254)
        String email,

        @Schema(description = "A phone number the person is known by (national numbers in the default country)")
        @Size(max = 40)
        String phone,

        @Schema(description = "Why (the data subject's request, its reference …)") @NotBlank @Size(max = 500)
        String reason) {}
