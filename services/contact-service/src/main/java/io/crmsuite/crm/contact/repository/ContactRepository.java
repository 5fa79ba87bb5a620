package io.crmsuite.crm.contact.repository;

import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.DuplicateScorer;
import io.crmsuite.crm.persistence.EntityTable;
import io.crmsuite.crm.persistence.SetStatements;
import io.crmsuite.crm.persistence.Sql;
import io.crmsuite.crm.persistence.TableColumn;
import io.crmsuite.crm.rest.page.KeysetQuery;
import io.crmsuite.crm.security.ScopeClause;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;

/** Contacts, always read through a {@link ScopeClause} so that invisible records are never loaded. */
@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {
    /** Rows in name order a free-text search checks before it asks the trigram index. */
    static final int SEARCH_PROBE_ROWS = 1000;

    static final EntityTable<Contact> TABLE = EntityTable.of(Contact.class);
    /** What merging an imported row into a stored contact may change. */
    private static final List<TableColumn> MERGED = TABLE.columns(
            "givenName",
            "familyName",
            "emails",
            "phones",
            "accountId",
            "title",
            "birthday",
            "region",
            "country",
            "preferredChannel",
            "preferences",
            "hiddenNeeds",
            "tags",
            "externalId",
            "searchText",
            "nameKey",
            "updatedAt");

    private static final String EMAILS = "cast(:emails as varchar[])";
    private static final String PHONES = "cast(:phones as varchar[])";
    private static final String EXACT = "(c.emails && " + EMAILS + " or c.phones && " + PHONES + ")";
    private static final String CANDIDATES = "select c.id, c.display_name, c.emails, c.phones,"
            + " c.account_id, similarity(c.name_key, :nameKey), (%s) as visible"
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
        Map<String, Object> params = new HashMap<>(visibleSql.parameters());
        params.put("nameKey", nameKey);
        params.put("exclude", exclude == null ? new UUID(0, 0) : exclude);
        params.put("account", accountId == null ? new UUID(0, 0) : accountId);
        params.put("emails", emails.toArray(String[]::new));
        params.put("phones", phones.toArray(String[]::new));
        return SetStatements.rows(CANDIDATES.formatted(visibleSql.predicate()), params)
                .map(rows -> rows.stream().map(ContactRepository::toCandidate).toList());
    }

    private static CandidateRow toCandidate(Object[] row) {
        return new CandidateRow(
                new DuplicateScorer.Existing(
                        Sql.uuid(row[0]),
                        (String) row[1],
                        List.of(Sql.strings(row[2])),
                        List.of(Sql.strings(row[3])),
                        Sql.uuid(row[4]),
                        ((Number) row[5]).doubleValue()),
                Boolean.TRUE.equals(row[6]));
    }

    /** Stored contacts sharing any of the emails or phones (not erased), detached. */
    public Uni<List<Contact>> byEmailOrPhone(Collection<String> emails, Collection<String> phones) {
        if (emails.isEmpty() && phones.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return SetStatements.select(
                TABLE,
                "c",
                "from contact c where c.erased_at is null and (c.emails && cast(?1 as varchar[])"
                        + " or c.phones && cast(?2 as varchar[]))",
                emails.toArray(String[]::new),
                phones.toArray(String[]::new));
    }

    /** A probe of the fuzzy-name lookup: the row number, its account and its name key. */
    public record NameProbe(int rowNumber, UUID accountId, String nameKey) {}

    /** Stored contacts at the probe's account whose name key is trigram-similar ({@code %}), by row number. */
    public Uni<Map<Integer, List<Contact>>> byNameAtAccount(List<NameProbe> probes) {
        if (probes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return SetStatements.selectWith(
                        TABLE,
                        "c",
                        "p.row_number",
                        "from unnest(cast(?1 as int[]), cast(?2 as uuid[]), cast(?3 as text[]))"
                                + " as p(row_number, account_id, name_key) join contact c on c.account_id = p.account_id"
                                + " and c.name_key % p.name_key and c.erased_at is null",
                        probes.stream().map(NameProbe::rowNumber).toArray(Integer[]::new),
                        probes.stream().map(NameProbe::accountId).toArray(UUID[]::new),
                        probes.stream().map(NameProbe::nameKey).toArray(String[]::new))
                .map(rows -> {
                    Map<Integer, List<Contact>> found = new HashMap<>();
                    rows.forEach(row -> found.computeIfAbsent(Sql.integer(row.extra()[0]), n -> new ArrayList<>())
                            .add(row.entity()));
                    return found;
                });
    }

    /** The contacts holding any of the external ids: external id → contact id. */
    public Uni<Map<String, UUID>> externalIds(Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return SetStatements.rows("select external_id, id from contact where external_id = any(?1)", (Object)
                        externalIds.toArray(String[]::new))
                .map(rows -> {
                    Map<String, UUID> found = new HashMap<>();
                    rows.forEach(row -> found.put((String) row[0], Sql.uuid(row[1])));
                    return found;
                });
    }

    /** A contact the inactivity check reported: what its {@code contact inactive} event carries. */
    public record QuietContact(UUID id, String ownerId, String tier, java.time.Instant lastInteractionAt) {}

    /**
     * Marks up to {@code limit} contacts reported inactive at {@code now} and returns them, in one statement: those
     * not erased, quiet (no interaction since, else since creation) for at least their tier's period ({@code days}:
     * A, B, C — no tier counts as C), and not reported since they went quiet; oldest quiet first. Rows another
     * transaction holds are skipped (taken by the next statement or run).
     */
    public Uni<List<QuietContact>> markInactive(java.time.Instant now, int daysA, int daysB, int daysC, int limit) {
        String quietSince = "coalesce(last_interaction_at, created_at)";
        return SetStatements.rows(
                        "with due as (select id from contact where erased_at is null"
                                + " and " + quietSince + " < cast(?1 as timestamptz) - make_interval(days =>"
                                + " least(cast(?2 as int), cast(?3 as int), cast(?4 as int)))"
                                + " and " + quietSince + " < cast(?1 as timestamptz) - make_interval(days =>"
                                + " case value_tier when 'A' then cast(?2 as int) when 'B' then cast(?3 as int)"
                                + " else cast(?4 as int) end)"
                                + " and (inactive_notified_at is null or inactive_notified_at < " + quietSince + ")"
                                + " order by " + quietSince + ", id limit cast(?5 as int) for update skip locked)"
                                + " update contact c set inactive_notified_at = ?1 from due where c.id = due.id"
                                + " returning c.id, c.owner_id, c.value_tier, c.last_interaction_at",
                        now,
                        daysA,
                        daysB,
                        daysC,
                        limit)
                .map(rows -> rows.stream()
                        .map(row -> new QuietContact(
                                Sql.uuid(row[0]), (String) row[1], (String) row[2], Sql.instant(row[3])))
                        .toList());
    }

    /** Inserts new contacts with one statement. */
    public Uni<Void> insertAll(List<Contact> contacts) {
        return SetStatements.insert(TABLE, contacts);
    }

    /**
     * Writes contacts rows were merged into (read detached, each still at the version read); each merged row is one
     * version of its contact.
     */
    public Uni<Void> updateMerged(List<Contact> contacts, ToIntFunction<Contact> mergedRows) {
        return SetStatements.update(TABLE, MERGED, contacts, mergedRows);
    }
}
