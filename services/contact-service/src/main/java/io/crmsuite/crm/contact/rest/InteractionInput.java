package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.contact.domain.Interaction;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A call, email, meeting, visit, chat or note to log on a contact's timeline (append-only). */
@Schema(name = "ContactInteractionInput")
public record InteractionInput(
        @NotNull Interaction.Kind kind,
        @NotNull Interaction.Direction direction,
        @PastOrPresent Instant occurredAt,
        @Size(max = 4000) String summary) {}
