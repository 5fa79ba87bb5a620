package io.crmsuite.crm.contact.mapping;

import io.crmsuite.crm.contact.FollowUpTask;
import jakarta.validation.constraints.NotNull;

/** Completes or cancels a follow-up (or reopens it). */
public record TaskStatusChange(@NotNull FollowUpTask.Status status) {}
