package io.crmsuite.crm.contact.repository;

import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.DuplicateScorer;
import io.crmsuite.crm.rest.page.KeysetQuery;
import io.crmsuite.crm.security.ScopeClause;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Contacts, always read through a {@link ScopeClause} so that invisible records are never loaded. */
@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {
    /** Rows in name order a free-text search checks before it asks the trigram index. */
    static final int SEARCH_PROBE_ROWS = 1000;

    private static final String EMAILS = "cast(string_to_array(:emails, ',') as varchar[])";
    private static final String PHONES = "cast(string_to_array(:phones, ',') as varchar[])";
    private static final String EXACT = "(c.emails && " + EMAILS + " or c.phones && " + PHONES + ")";
    private static final String CANDIDATES = "select c.id, c.display_name, array_to_string(c.emails, ','),"
            + " array_to_string(c.phones, ','), c.account_id, similarity(c.name_key, :nameKey), (%s) as visible"
            + " from contact c where c.erased_at is null and c.id <> :exclude and (" + EXACT
            + " or (c.account_id = :account and c.name_key %% :nameKey)) order by " + EXACT
            + " desc, similarity(c.name_key, :nameKey) desc limit 50";

    /** The contact if the scope lets the caller see it, else null. */
    public Uni<Contact> findInScope(UUID id, ScopeClause scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("id", id);
        return find("from Contact c where c.id = :id and (" + scope.predicate() + ")", params)
                .firstResult();
    }

    public Uni<List<Contact>> page(ContactFilter filter, ScopeClause scope, KeysetQuery keyset, int fetchSize) {
        String where = "(" + scope.predicate() + ")" + filter.predicate()
                + (keyset.predicate().isEmpty() ? "" : " and " + keyset.predicate());
        Map<String, Object> params = keyset.parameters(filter.parameters());
        params.putAll(scope.parameters());
        return find("from Contact c where " + where + " order by " + keyset.orderBy(), params)
                .range(0, fetchSize - 1)
                .list();
    }

    /**
     * A page of a free-text search in name order ({@code q}), limit first. (1) The first {@link #SEARCH_PROBE_ROWS} rows
     * of the scope in name order (name index, no sort) are checked for the term, stopping at a full page: a broad term
     * fills its page there, whatever the size of the table. (2) Otherwise the term is rare, or its matches come late in
     * name order; then walking the name index could read most of the table (the planner assumes matches spread
     * evenly), so the matches are taken from the trigram index and sorted: ordering by an expression the name index
     * does not provide ({@code concat(displayName, '')}, the same order) keeps the planner off the walk.
     */
    public Uni<List<Contact>> searchByName(ContactFilter filter, ScopeClause scope, KeysetQuery keyset, int fetchSize) {
        ContactFilter rest = filter.withoutText();
        String where = "(" + scope.predicate() + ")" + rest.predicate()
                + (keyset.predicate().isEmpty() ? "" : " and " + keyset.predicate());
        Map<String, Object> params = keyset.parameters(rest.parameters());
        params.putAll(scope.parameters());
        params.put("q", filter.parameters().get("q"));
        String probe = "select s.id from (select c.id as id, c.displayName as name, c.searchText as text"
                + " from Contact c where " + where + " order by " + keyset.orderBy() + " limit " + SEARCH_PROBE_ROWS
                + ") s where s.text like :q order by s.name, s.id";
        return Panache.getSession()
                .chain(session -> {
                    var query = session.createSelectionQuery(probe, UUID.class).setMaxResults(fetchSize);
                    params.forEach(query::setParameter);
                    return query.getResultList();
                })
                .chain(ids -> ids.size() < fetchSize
                        ? find(
                                        "from Contact c where " + where + " and c.searchText like :q"
                                                + " order by concat(c.displayName, ''), c.id",
                                        params)
                                .range(0, fetchSize - 1)
                                .list()
                        : find("from Contact c where c.id in :ids order by " + keyset.orderBy(), Map.of("ids", ids))
                                .list());
    }

    /** The contact, or the survivor it was merged into (the merge is recorded in the survivor's audit trail). */
    public Uni<Contact> findFollowingMerges(UUID id) {
        return findById(id)
                .chain(found -> found != null
                        ? Uni.createFrom().item(found)
                        : Panache.getSession()
                                .chain(s -> s.createNativeQuery(
                                                "select record_id from audit_entry where action = 'merged' and field is null"
                                                        + " and new_value = :id order by at desc limit 1",
                                                UUID.class)
                                        .setParameter("id", id.toString())
                                        .getSingleResultOrNull())
                                .chain(survivor -> survivor == null
                                        ? Uni.createFrom().nullItem()
                                        : findFollowingMerges(survivor)));
    }

    public Uni<Contact> findByLead(UUID leadId) {
        return find("leadId", leadId).firstResult();
    }

    public Uni<Contact> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResult();
    }

    /** A duplicate candidate row with whether the caller may see it ({@code visibleSql} over alias c). */
    public record CandidateRow(DuplicateScorer.Existing existing, boolean visible) {}

    /**
     * Rows sharing an email or phone, or with a trigram-similar name at the same account. A similar name alone can
     * never reach the duplicate threshold ({@link DuplicateScorer}), so it is not searched for without an account.
     */
    public Uni<List<CandidateRow>> candidates(
            List<String> emails,
            List<String> phones,
            String nameKey,
            UUID accountId,
            UUID exclude,
            ScopeClause visibleSql) {
        String sql = CANDIDATES.formatted(visibleSql.predicate());
        return Panache.getSession()
                .chain(session -> {
                    var query = session.createNativeQuery(sql, Object[].class)
                            .setParameter("nameKey", nameKey)
                            .setParameter("exclude", exclude == null ? new UUID(0, 0) : exclude)
                            .setParameter("account", accountId == null ? new UUID(0, 0) : accountId)
                            .setParameter("emails", String.join(",", emails))
                            .setParameter("phones", String.join(",", phones));
                    visibleSql.parameters().forEach(query::setParameter);
                    return query.getResultList();
                })
                .map(rows -> rows.stream().map(ContactRepository::toCandidate).toList());
    }

    private static CandidateRow toCandidate(Object[] row) {
        return new CandidateRow(
                new DuplicateScorer.Existing(
                        (UUID) row[0],
                        (String) row[1],
                        split((String) row[2]),
                        split((String) row[3]),
                        (UUID) row[4],
                        ((Number) row[5]).doubleValue()),
                Boolean.TRUE.equals(row[6]));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
