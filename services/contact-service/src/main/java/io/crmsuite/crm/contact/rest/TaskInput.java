package io.crmsuite.crm.contact.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A follow-up: what, by when, for whom (default: the caller), with an optional reminder. */
public record TaskInput(
        @NotBlank @Size(max = 300) String title,
        @NotNull Instant dueAt,
        Instant remindAt,
        @Size(max = 100) String assignee) {}
