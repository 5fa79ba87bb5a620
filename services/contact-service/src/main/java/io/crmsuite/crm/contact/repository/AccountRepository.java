package io.crmsuite.crm.contact.repository;

import io.crmsuite.crm.contact.domain.Account;
import io.crmsuite.crm.rest.page.KeysetQuery;
import io.crmsuite.crm.security.ScopeClause;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

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
}
