package io.crmsuite.crm.audit;

import io.crmsuite.crm.rest.page.Page;
import io.crmsuite.crm.rest.page.Pagination;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The auditors' query of a service's trail ({@code GET /api/v1/audit/<records>}): one kind of record, optionally one
 * record, one actor, one action and a time range, newest first, in pages. Only admins and auditors may ask (the
 * resource says so); it reads every record of the kind, including merged-away and erased ones.
 */
@ApplicationScoped
public class AuditSearch {
    /** The longest actor or action a query names. */
    public static final int TEXT = 200;

    private final AuditTrail trail;
    private final Pagination pagination;

    public AuditSearch(AuditTrail trail, Pagination pagination) {
        this.trail = trail;
        this.pagination = pagination;
    }

    /** A page of one kind of record's entries matching the query, newest first. */
    @WithSession
    public Uni<Page<AuditEntry>> search(String recordType, AuditQuery query) {
        var page = pagination.request(query.limit, query.cursor);
        return trail.search(
                new AuditFilter(recordType, query.recordId, query.actor, query.action, query.from, query.to), page);
    }
}
