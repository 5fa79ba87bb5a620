package io.crmsuite.crm.contact.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shape of a page of accounts ({@code Page<AccountView>} of libs/rest), for the OpenAPI document. */
@Schema(name = "AccountPage", description = "A page of accounts; `nextCursor` is null on the last page")
public record AccountPage(List<AccountView> items, String nextCursor) {}
