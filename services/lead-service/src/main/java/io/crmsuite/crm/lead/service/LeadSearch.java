package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.events.lead.LeadGrade;
import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.events.lead.LeadStatus;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.SearchTerm;
import io.crmsuite.crm.lead.repository.LeadRepository;
import io.crmsuite.crm.rest.page.Keyset;
import io.crmsuite.crm.rest.page.KeysetQuery;
import io.crmsuite.crm.rest.page.Page;
import io.crmsuite.crm.rest.page.PageRequest;
import io.crmsuite.crm.security.CurrentUser;
import io.crmsuite.crm.security.SalesAccess;
import io.crmsuite.crm.security.ScopeClause;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Lists leads newest first with keyset pagination; the caller's scope is part of the query. {@code q} searches name,
 * company, email and phone ({@link SearchTerm}; the database's {@code search_text} with a trigram index).
 */
@ApplicationScoped
public class LeadSearch {
    static final Keyset<Instant, UUID> NEWEST_FIRST =
            Keyset.descending("createdAt", "createdAt", "id", Instant::parse, UUID::fromString);

    private final LeadRepository leads;

    public LeadSearch(LeadRepository leads) {
        this.leads = leads;
    }

    /**
     * List filters; {@code contactId} finds the leads converted into that contact (the 360 view's originating leads);
     * {@code q} is a free-text search (null or blank: none).
     */
    public record Filter(
            LeadStatus status,
            LeadSource source,
            LeadGrade grade,
            String ownerId,
            String team,
            UUID contactId,
            String q) {}

    @WithSession
    public Uni<Page<Lead>> list(CurrentUser user, Filter filter, PageRequest page) {
        ScopeClause scope = ScopeClause.of(SalesAccess.readScope(user), LeadRepository.COLUMNS);
        List<String> where = new ArrayList<>(List.of("(" + scope.predicate() + ")"));
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        add(where, parameters, "status", filter.status());
        add(where, parameters, "source", filter.source());
        add(where, parameters, "grade", filter.grade());
        add(where, parameters, "ownerId", filter.ownerId());
        add(where, parameters, "team", filter.team());
        add(where, parameters, "convertedContactId", filter.contactId());
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("searchText like :f_q");
            parameters.put("f_q", SearchTerm.pattern(filter.q()));
        }
        KeysetQuery query = NEWEST_FIRST.query(page);
        return leads.find(query.hql(String.join(" and ", where)), query.parameters(parameters))
                .range(0, page.fetchSize() - 1)
                .list()
                .map(rows -> NEWEST_FIRST.page(rows, page, lead -> lead.createdAt, lead -> lead.id));
    }

    private static void add(List<String> where, Map<String, Object> parameters, String field, Object value) {
        if (value != null) {
            where.add(field + " = :f_" + field);
            parameters.put("f_" + field, value);
        }
    }
}
