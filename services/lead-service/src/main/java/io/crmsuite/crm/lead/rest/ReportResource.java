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
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
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
    public Uni<FunnelReport> funnel(@RestQuery String from, @RestQuery String to) {
        Instant end = QueryParams.instant("to", to, Instant.now());
        Instant start = QueryParams.instant("from", from, end.minus(Duration.ofDays(30)));
        return reports.report(caller.current(), start, end);
    }
}
