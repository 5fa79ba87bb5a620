package io.crmsuite.crm.contact.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shape of a page of erasure requests, for the OpenAPI document only. */
@Schema(
        name = "ErasureRequestPage",
        description = "A page of erasure requests, newest first; `nextCursor` is null on the last page")
public record ErasureRequestPage(List<ErasureRequestView> items, String nextCursor) {}
