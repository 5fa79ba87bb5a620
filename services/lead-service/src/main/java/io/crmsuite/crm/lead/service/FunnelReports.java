package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.lead.repository.FunnelRepository;
import io.crmsuite.crm.lead.repository.FunnelRepository.Dimension;
import io.crmsuite.crm.lead.rest.FunnelReport;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.security.CurrentUser;
import io.crmsuite.crm.security.SalesAccess;
import io.crmsuite.crm.security.ScopeClause;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class FunnelReports {
    static final Duration MAX_PERIOD = Duration.ofDays(366);

    private final FunnelRepository funnel;

    public FunnelReports(FunnelRepository funnel) {
        this.funnel = funnel;
    }

    @WithSession
    public Uni<FunnelReport> report(CurrentUser user, Instant from, Instant to) {
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw InvalidRequestException.forField("from", "the period must be positive and at most 366 days");
        }
        ScopeClause scope = ScopeClause.of(SalesAccess.readScope(user), FunnelRepository.COLUMNS);
        return funnel.countsByStatus(scope, from, to).chain(statusRows -> {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            statusRows.forEach(r -> byStatus.put((String) r[0], number(r[1])));
            long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
            return rates(Dimension.SOURCE, scope, from, to)
                    .chain(bySource -> rates(Dimension.CAMPAIGN, scope, from, to)
                            .chain(byCampaign -> rates(Dimension.OWNER, scope, from, to)
                                    .chain(byOwner -> rates(Dimension.TEAM, scope, from, to)
                                            .map(byTeam -> new FunnelReport.Conversion(
                                                    bySource, byCampaign, byOwner, byTeam)))))
                    .chain(conversion -> funnel.firstResponse(scope, from, to).chain(fr -> funnel.sla(scope, from, to)
                            .map(sla -> new FunnelReport(
                                    from, to, total, byStatus, conversion, firstResponse(fr), sla(sla)))));
        });
    }

    private Uni<List<FunnelReport.Rate>> rates(Dimension dimension, ScopeClause scope, Instant from, Instant to) {
        return funnel.conversion(dimension, scope, from, to).map(rows -> rows.stream()
                .map(r -> {
                    long leads = number(r[1]);
                    long converted = number(r[2]);
                    return new FunnelReport.Rate(
                            r[0] == null ? null : r[0].toString(), leads, converted, ratio(converted, leads));
                })
                .toList());
    }

    private static FunnelReport.FirstResponse firstResponse(List<Object[]> rows) {
        Object[] row = rows.getFirst();
        return new FunnelReport.FirstResponse(
                number(row[0]), row[1] == null ? null : Math.round(((Number) row[1]).doubleValue()));
    }

    private static FunnelReport.Sla sla(List<Object[]> rows) {
        Object[] row = rows.getFirst();
        long measured = number(row[0]);
        long met = number(row[1]);
        return new FunnelReport.Sla(measured, met, measured - met, ratio(met, measured));
    }

    static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
