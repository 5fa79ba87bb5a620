package io.crmsuite.crm.lead.rest;

import io.crmsuite.crm.lead.domain.InteractionType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeadInteraction")
public record InteractionView(UUID id, InteractionType type, Instant occurredAt, String detail, String recordedBy) {}
