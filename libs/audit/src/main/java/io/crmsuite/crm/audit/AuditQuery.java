package io.crmsuite.crm.audit;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query parameters of an auditors' search ({@code GET /api/v1/audit/<records>}), declared once for every service:
 * {@code @BeanParam AuditQuery query}. Each filter is optional; they combine.
 */
public class AuditQuery {
    @RestQuery("limit")
    public String limit;

    @RestQuery("cursor")
    public String cursor;

    @Parameter(description = "Only this record's entries.")
    @RestQuery("recordId")
    public UUID recordId;

    @Parameter(
            description = "Only changes by this actor (a username, client:<id>, web-form or system:<service>).",
            schema = @Schema(type = SchemaType.STRING, maxLength = AuditSearch.TEXT))
    @RestQuery("actor")
    public String actor;

    @Parameter(
            description = "Only this action (created, updated, status-changed, assigned, merged, erased, exported …).",
            schema = @Schema(type = SchemaType.STRING, maxLength = AuditSearch.TEXT))
    @RestQuery("action")
    public String action;

    @Parameter(description = "From this time on (inclusive, RFC 3339).")
    @RestQuery("from")
    public Instant from;

    @Parameter(description = "Before this time (exclusive, RFC 3339).")
    @RestQuery("to")
    public Instant to;
}
