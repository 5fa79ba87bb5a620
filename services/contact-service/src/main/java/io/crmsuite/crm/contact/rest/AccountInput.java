package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.events.lead.SizeBand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The writable fields of an account. */
public record AccountInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String industry,
        @Size(max = 100) String region,
        @Size(max = 2) String country,
        SizeBand sizeBand,
        @Size(max = 300) String website,
        UUID parentId,
        @Size(max = 30) List<@NotNull @Size(max = 50) String> tags,
        @Size(max = 100) String externalId) {}
