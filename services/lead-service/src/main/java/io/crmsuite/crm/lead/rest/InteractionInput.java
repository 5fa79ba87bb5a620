package io.crmsuite.crm.lead.rest;

import io.crmsuite.crm.lead.domain.InteractionType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An interaction of the lead; {@code occurredAt} defaults to now. */
@Schema(name = "LeadInteractionInput")
public record InteractionInput(
        @NotNull InteractionType type,
        @PastOrPresent Instant occurredAt,
        @Size(max = 1000) String detail) {}
