package io.crmsuite.crm.lead.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A manager's or admin's re-assignment: the new owner (Keycloak subject) and team. */
public record AssignInput(
        @NotBlank @Size(max = 100) String ownerId,
        @NotBlank @Size(max = 100) String team) {}
