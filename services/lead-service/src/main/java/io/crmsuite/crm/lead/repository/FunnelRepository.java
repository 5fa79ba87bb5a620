package io.crmsuite.crm.lead.repository;

import io.crmsuite.crm.security.ScopeClause;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Aggregates over the leads created in a period, within the caller's scope (a where-clause, never a filter after). */
@ApplicationScoped
public class FunnelRepository {
    public static final ScopeClause.Columns COLUMNS = new ScopeClause.Columns("owner_id", "team", "submitted_by");

    /** The grouping columns a conversion rate can be broken down by (code, never user input). */
    public enum Dimension {
        SOURCE("source"),
        CAMPAIGN("cast(campaign_id as text)"),
        OWNER("owner_id"),
        TEAM("team");

        final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    /** Rows of {status, count}. */
    public Uni<List<Object[]>> countsByStatus(ScopeClause scope, Instant from, Instant to) {
        return query(
                "select status, count(*) from lead where " + period(scope) + " group by status order by status",
                scope,
                from,
                to);
    }

    /** Rows of {key (null when unknown), leads, converted}. */
    public Uni<List<Object[]>> conversion(Dimension dimension, ScopeClause scope, Instant from, Instant to) {
        return query(
                "select " + dimension.column + " as k, count(*), count(*) filter (where status = 'CONVERTED')"
                        + " from lead where " + period(scope) + " group by k order by k nulls last",
                scope,
                from,
                to);
    }

    /** One row {responded, median seconds from assignment to first response}. */
    public Uni<List<Object[]>> firstResponse(ScopeClause scope, Instant from, Instant to) {
        return query(
                "select count(*), percentile_cont(0.5) within group (order by"
                        + " greatest(0, extract(epoch from first_responded_at - assigned_at)))"
                        + " from lead where " + period(scope)
                        + " and first_responded_at is not null and assigned_at is not null",
                scope,
                from,
                to);
    }

    /** One row {measured, met}: leads whose deadline passed or who were answered, and those answered in time. */
    public Uni<List<Object[]>> sla(ScopeClause scope, Instant from, Instant to) {
        return query(
                "select count(*) filter (where first_responded_at is not null or first_response_due_at <= now()),"
                        + " count(*) filter (where first_responded_at <= first_response_due_at)"
                        + " from lead where " + period(scope) + " and first_response_due_at is not null",
                scope,
                from,
                to);
    }

    private static String period(ScopeClause scope) {
        return "created_at >= :from and created_at < :to and (" + scope.predicate() + ")";
    }

    private static Uni<List<Object[]>> query(String sql, ScopeClause scope, Instant from, Instant to) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class)
                    .setParameter("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                    .setParameter("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            scope.parameters().forEach(query::setParameter);
            return query.getResultList();
        });
    }
}
