package io.crmsuite.crm.lead.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Consent captured at the source: whether it was given and the exact text the person saw. */
@Schema(name = "LeadConsentInput")
public record ConsentInput(boolean given, @Size(max = 2000) String text) {}
