package io.crmsuite.crm.lead.rest;

import jakarta.validation.constraints.Size;

/** Campaign tracking parameters as the landing page received them. */
public record Utm(
        @Size(max = 200) String source,
        @Size(max = 200) String medium,
        @Size(max = 200) String campaign,
        @Size(max = 200) String term,
        @Size(max = 200) String content) {}
