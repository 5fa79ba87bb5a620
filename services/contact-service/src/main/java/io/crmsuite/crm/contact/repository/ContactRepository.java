package io.crmsuite.crm.contact.repository;

import io.crmsuite.crm.contact.Contact;
import io.crmsuite.crm.contact.DuplicateScorer;
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
