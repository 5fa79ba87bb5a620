package io.crmsuite.crm.lead.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shape of a page of leads ({@code Page<LeadView>} of libs/rest), for the OpenAPI document only. */
@Schema(name = "LeadPage", description = "A page of leads; `nextCursor` is null on the last page")
public record LeadPage(List<LeadView> items, String nextCursor) {}
