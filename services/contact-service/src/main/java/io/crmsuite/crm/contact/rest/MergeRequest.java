package io.crmsuite.crm.contact.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Merge the contact {@code mergeId} into the contact of the path (the survivor). */
public record MergeRequest(@NotNull UUID mergeId) {}
