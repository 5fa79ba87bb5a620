package io.crmsuite.crm.contact.repository;

import io.crmsuite.crm.contact.domain.Account;
import io.crmsuite.crm.persistence.EntityTable;
import io.crmsuite.crm.persistence.SetStatements;
import io.crmsuite.crm.persistence.Sql;
import io.crmsuite.crm.persistence.TableColumn;
import io.crmsuite.crm.rest.page.KeysetQuery;
import io.crmsuite.crm.security.ScopeClause;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {
    static final EntityTable<Account> TABLE = EntityTable.of(Account.class);
    /** What merging an imported row into a stored account may change. */
    private static final List<TableColumn> MERGED = TABLE.columns(
            "industry", "region", "country", "sizeBand", "website", "parentId", "tags", "externalId", "updatedAt");

    public Uni<Account> findInScope(UUID id, ScopeClause scope) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("id", id);
        return find("from Account c where c.id = :id and (" + scope.predicate() + ")", params)
                .firstResult();
    }

    public Uni<List<Account>> page(String name, ScopeClause scope, KeysetQuery keyset, int fetchSize) {
        StringBuilder where = new StringBuilder("(" + scope.predicate() + ")");
        Map<String, Object> params = new HashMap<>(scope.parameters());
        if (name != null) {
            where.append(" and lower(c.name) like :name");
            params.put("name", "%" + name.toLowerCase(Locale.ROOT).replace("%", "\\%") + "%");
        }
        if (!keyset.predicate().isEmpty()) {
            where.append(" and ").append(keyset.predicate());
        }
        params = keyset.parameters(params);
        return find("from Account c where " + where + " order by " + keyset.orderBy(), params)
                .range(0, fetchSize - 1)
                .list();
    }

    /** An account with this exact (normalised) name, for matching converted leads to existing accounts. */
    public Uni<Account> findByNameKey(String nameKey) {
        return find("nameKey = ?1 order by createdAt", nameKey).firstResult();
    }

    public Uni<Account> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResult();
    }

    /** Stored accounts with any of the name keys or external ids, oldest first (detached). */
    public Uni<List<Account>> matching(Collection<String> nameKeys, Collection<String> externalIds) {
        if (nameKeys.isEmpty() && externalIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return SetStatements.select(
                TABLE,
                "a",
                "from account a where a.name_key = any(?1) or a.external_id = any(?2) order by a.created_at, a.id",
                nameKeys.toArray(String[]::new),
                externalIds.toArray(String[]::new));
    }

    /** The ids among these that are stored accounts. */
    public Uni<Set<UUID>> existing(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return SetStatements.rows("select id from account where id = any(?1)", (Object) ids.toArray(UUID[]::new))
                .map(rows -> rows.stream().map(row -> Sql.uuid(row[0])).collect(Collectors.toSet()));
    }

    /** Names of the stored accounts among the ids. */
    public Uni<Map<UUID, String>> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return SetStatements.rows("select id, name from account where id = any(?1)", (Object) ids.toArray(UUID[]::new))
                .map(rows -> {
                    Map<UUID, String> names = new HashMap<>();
                    rows.forEach(row -> names.put(Sql.uuid(row[0]), (String) row[1]));
                    return names;
                });
    }

    /** Inserts new accounts with one statement. */
    public Uni<Void> insertAll(List<Account> accounts) {
        return SetStatements.insert(TABLE, accounts);
    }

    /** Writes accounts rows were merged into (read detached, each still at the version read). */
    public Uni<Void> updateMerged(List<Account> accounts) {
        return SetStatements.update(TABLE, MERGED, accounts);
    }
}
