package io.crmsuite.crm.lead.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The lead funnel of a period (leads created in [from, to)), within the caller's scope: counts per status, conversion
 * rate (converted / leads) per source, campaign, owner and team, the median time from assignment to first response,
 * and first-response SLA compliance (answered in time / leads whose deadline passed or who were answered).
 */
public record FunnelReport(
        Instant from,
        Instant to,
        long leads,
        Map<String, Long> byStatus,
        Conversion conversion,
        FirstResponse firstResponse,
        Sla sla) {

    @Schema(name = "FunnelConversion")
    public record Conversion(List<Rate> bySource, List<Rate> byCampaign, List<Rate> byOwner, List<Rate> byTeam) {}

    /** {@code key} null: leads without a value (no campaign, unassigned). */
    public record Rate(String key, long leads, long converted, BigDecimal rate) {}

    public record FirstResponse(long responded, Long medianSeconds) {}

    public record Sla(long measured, long met, long breached, BigDecimal compliance) {}
}
