package io.crmsuite.crm.lead.rest;

import io.crmsuite.crm.lead.service.FunnelReports;
import io.crmsuite.crm.security.CallerIdentity;
import io.crmsuite.crm.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Sales reports over the leads the caller may see.")
public class ReportResource {
    private final FunnelReports reports;
    private final CallerIdentity caller;

    public ReportResource(FunnelReports reports, CallerIdentity caller) {
        this.reports = reports;
        this.caller = caller;
    }

    /** The funnel of leads created in [from, to) (default: the last 30 days), within the caller's record scope. */
    @GET
    @Path("/funnel")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "getFunnelReport",
            summary = "Lead funnel",
            description = "The funnel of the leads created in [from, to), within the caller's record scope: counts per"
                    + " status, conversion, first-response times and SLA compliance. The period is at most 366 days.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FunnelReport.class)))
    public Uni<FunnelReport> funnel(
            @Parameter(description = "Start of the period (inclusive); default 30 days before `to`.") @RestQuery("from")
                    Instant from,
            @Parameter(description = "End of the period (exclusive); default now.") @RestQuery("to") Instant to) {
        Instant end = to == null ? Instant.now() : to;
        Instant start = from == null ? end.minus(Duration.ofDays(30)) : from;
        return reports.report(caller.current(), start, end);
    }
}
