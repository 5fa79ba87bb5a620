package io.crmsuite.crm.rest.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The writable fields of a widget (create body, and the target of a merge patch). */
public record WidgetInput(
        @NotBlank @Size(max = 100) String name,
        @NotNull Color color,
        @Email @Size(max = 200) String email,
        @Valid Address address,
        @Size(max = 500) String description) {}
