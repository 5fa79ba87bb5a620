package io.crmsuite.crm.imports.testapp;

import jakarta.validation.constraints.NotBlank;
import java.util.List;

public record ThingInput(@NotBlank String name, Integer size, List<String> tags, Dimensions dimensions) {
    public record Dimensions(Integer width) {}
}
