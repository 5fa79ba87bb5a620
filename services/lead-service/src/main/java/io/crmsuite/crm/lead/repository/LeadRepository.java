package io.crmsuite.crm.lead.repository;

import io.crmsuite.crm.events.lead.LeadStatus;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.StatusMachine;
import io.crmsuite.crm.security.RecordScope;
import io.crmsuite.crm.security.ScopeClause;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Leads, always read through the caller's record scope (DESIGN.md §6): what the caller may not see is not found. */
@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<Lead, UUID> {
    public static final ScopeClause.Columns COLUMNS = new ScopeClause.Columns("ownerId", "team", "submittedBy");

    public Uni<Lead> findVisible(UUID id, RecordScope scope) {
        ScopeClause clause = ScopeClause.of(scope, COLUMNS);
        Map<String, Object> parameters = new HashMap<>(clause.parameters());
        parameters.put("id", id);
        return find("id = :id and (" + clause.predicate() + ")", parameters).firstResult();
    }

    /** What a new capture's person matches: the oldest open lead and the known contact with that email or phone. */
    public record PersonMatch(UUID openLeadId, UUID contactId) {}

    private static final String MATCH_PERSON = "select (select id from lead where status in " + BulkLeadStore.OPEN
            + " and (email_normalized = ?1 or phone = ?2) order by created_at, id limit 1),"
            + " (select contact_id from contact_point where (kind = 'email' and value = ?1)"
            + " or (kind = 'phone' and value = ?2) order by kind limit 1)";

    /** Duplicate check and contact match of a capture in one round trip (the open statuses are literals: index). */
    public Uni<PersonMatch> matchPerson(String email, String phone) {
        if (email == null && phone == null) {
            return Uni.createFrom().item(new PersonMatch(null, null));
        }
        return getSession()
                .chain(session -> session.createNativeQuery(MATCH_PERSON, Object[].class)
                        .setParameter(1, email == null ? "" : email)
                        .setParameter(2, phone == null ? "" : phone)
                        .getSingleResult())
                .map(row -> new PersonMatch(uuid(row[0]), uuid(row[1])));
    }

    private static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    public Uni<Lead> findByExternalId(String submittedBy, String externalId) {
        return find("submittedBy = ?1 and externalId = ?2", submittedBy, externalId)
                .firstResult();
    }

    public Uni<Lead> findByConversion(UUID leadId, UUID conversionId) {
        return find("id = ?1 and conversionId = ?2", leadId, conversionId).firstResult();
    }

    /** Open leads per owner among the given users (for least-loaded distribution). */
    public Uni<Map<String, Long>> openLeadsPerOwner(List<String> owners) {
        if (owners.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select ownerId, count(*) from Lead where ownerId in :owners and status in :open"
                                        + " group by ownerId",
                                Object[].class)
                        .setParameter("owners", owners)
                        .setParameter("open", List.copyOf(StatusMachine.OPEN))
                        .getResultList())
                .map(rows -> {
                    Map<String, Long> loads = new HashMap<>();
                    rows.forEach(row -> loads.put((String) row[0], ((Number) row[1]).longValue()));
                    return loads;
                });
    }

    /** New leads past their first-response deadline that were not reported yet. */
    public Uni<List<Lead>> slaDue(Instant now, int limit) {
        return find(
                        "status = ?1 and slaBreachedAt is null and firstResponseDueAt <= ?2 order by firstResponseDueAt",
                        LeadStatus.NEW,
                        now)
                .page(0, limit)
                .list();
    }
}
