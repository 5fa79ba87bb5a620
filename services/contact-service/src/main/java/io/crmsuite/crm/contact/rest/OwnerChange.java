package io.crmsuite.crm.contact.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Reassignment: the new owner (a user id) and, for admins only, another team. */
public record OwnerChange(
        @NotBlank @Size(max = 100) String ownerId,
        @Size(max = 100) String team) {}
