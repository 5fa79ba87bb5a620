package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.contact.domain.Consent;
import io.crmsuite.crm.contact.domain.Contact;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A consent decision: for a channel and purpose, granted or withdrawn, from which source, on which legal basis. */
public record ConsentInput(
        @NotNull Contact.Channel channel,
        @NotNull Consent.Purpose purpose,
        @NotNull Consent.Status status,
        @NotBlank @Size(max = 200) String source,
        @NotBlank @Size(max = 200) String legalBasis) {}
