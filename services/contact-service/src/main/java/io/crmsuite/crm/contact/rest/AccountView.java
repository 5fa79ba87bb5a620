package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.events.lead.SizeBand;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account as the API shows it. */
public record AccountView(
        UUID id,
        String name,
        String industry,
        String region,
        String country,
        SizeBand sizeBand,
        String website,
        UUID parentId,
        String ownerId,
        String team,
        List<String> tags,
        String externalId,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
