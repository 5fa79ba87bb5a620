package io.crmsuite.crm.contact.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shape of a page of contacts ({@code Page<ContactView>} of libs/rest), for the OpenAPI document. */
@Schema(name = "ContactPage", description = "A page of contacts; `nextCursor` is null on the last page")
public record ContactPage(List<ContactView> items, String nextCursor) {}
