package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.contact.domain.FollowUpTask;
import jakarta.validation.constraints.NotNull;

/** Completes or cancels a follow-up (or reopens it). */
public record TaskStatusChange(@NotNull FollowUpTask.Status status) {}
