package io.crmsuite.crm.lead.rest;

import io.crmsuite.crm.events.lead.LeadStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A manual status change; a reason is required to disqualify. */
public record StatusChange(
        @NotNull LeadStatus status, @Size(max = 1000) String reason) {}
