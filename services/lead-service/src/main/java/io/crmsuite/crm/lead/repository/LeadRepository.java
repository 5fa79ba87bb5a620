package io.crmsuite.crm.lead.repository;

import io.crmsuite.crm.events.lead.LeadStatus;
import io.crmsuite.crm.lead.domain.InteractionType;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.LeadScorer;
import io.crmsuite.crm.lead.domain.StatusMachine;
import io.crmsuite.crm.persistence.EntityTable;
import io.crmsuite.crm.persistence.SetStatements;
import io.crmsuite.crm.persistence.Sql;
import io.crmsuite.crm.persistence.TableColumn;
import io.crmsuite.crm.security.RecordScope;
import io.crmsuite.crm.security.ScopeClause;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Leads, single and set-based, in the caller's transaction. Single records through Panache, always read through the
 * caller's record scope (docs/architecture.md §8: what the caller may not see is not found); sets of leads through
 * {@link SetStatements} on the columns the {@link Lead} entity declares: new leads of a capture batch or an import
 * chunk, pages of leads to re-score with their interaction aggregates, the duplicate and owner lookups of a batch.
 */
@ApplicationScoped
public class LeadRepository implements PanacheRepositoryBase<Lead, UUID> {
    public static final ScopeClause.Columns COLUMNS = new ScopeClause.Columns("ownerId", "team", "submittedBy");
    static final EntityTable<Lead> TABLE = EntityTable.of(Lead.class);

    /** The open statuses as SQL literals (constants of the code), so the partial indexes on open leads apply. */
    public static final String OPEN = StatusMachine.OPEN.stream()
            .map(s -> "'" + s.name() + "'")
            .sorted()
            .collect(Collectors.joining(", ", "(", ")"));

    /** What re-scoring and routing read of a lead. */
    private static final List<TableColumn> SCORING = TABLE.columns(
            "id",
            "version",
            "industry",
            "region",
            "sizeBand",
            "productInterest",
            "title",
            "budgetAmount",
            "source",
            "status",
            "score",
            "grade",
            "fit",
            "engagement",
            "modelVersion",
            "scoreReasons",
            "scoredAt",
            "engagementExpiresAt",
            "ownerId",
            "team",
            "assignmentRuleId",
            "assignmentRuleName",
            "assignedAt",
            "firstResponseDueAt",
            "slaBreachedAt",
            "updatedAt");

    /** What re-scoring and routing write. */
    private static final List<TableColumn> SCORE_AND_ROUTE = SCORING.stream()
            .filter(c -> !List.of(
                            "industry",
                            "region",
                            "sizeBand",
                            "productInterest",
                            "title",
                            "budgetAmount",
                            "source",
                            "status")
                    .contains(c.fieldName()))
            .toList();

    /** Interactions per type within the window (?1 exclusive start, ?2 now): count and oldest, as arrays. */
    private static final String TOUCHES = "t.touch_types, t.touch_counts, t.touch_oldest";

    private static final String FROM_WITH_TOUCHES = "from lead l left join lateral (select array_agg(g.type) as"
            + " touch_types, array_agg(g.n) as touch_counts, array_agg(g.oldest) as touch_oldest from (select i.type,"
            + " count(*) as n, min(i.occurred_at) as oldest from lead_interaction i where i.lead_id = l.id"
            + " and i.occurred_at > ?1 and i.occurred_at <= ?2 group by i.type) g) t on true where ";

    public Uni<Lead> findVisible(UUID id, RecordScope scope) {
        ScopeClause clause = ScopeClause.of(scope, COLUMNS);
        Map<String, Object> parameters = new HashMap<>(clause.parameters());
        parameters.put("id", id);
        return find("id = :id and (" + clause.predicate() + ")", parameters).firstResult();
    }

    public Uni<Lead> findByExternalId(String submittedBy, String externalId) {
        return find("submittedBy = ?1 and externalId = ?2", submittedBy, externalId)
                .firstResult();
    }

    public Uni<Lead> findByConversion(UUID leadId, UUID conversionId) {
        return find("id = ?1 and conversionId = ?2", leadId, conversionId).firstResult();
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

    /** Inserts new leads with one statement. */
    public Uni<Void> insertAll(List<Lead> leads) {
        return SetStatements.insert(TABLE, leads);
    }

    /** Writes the score and routing of leads read by a scoring page (each still at the version read). */
    public Uni<Void> updateScores(List<Lead> leads) {
        return SetStatements.update(TABLE, SCORE_AND_ROUTE, leads);
    }

    /** A lead read for re-scoring, with its interactions in the engagement window. */
    public record Scored(Lead lead, List<LeadScorer.Touch> touches) {}

    /**
     * A page of open leads scored with a model older than {@code version}, after {@code after} in id order, locked for
     * this transaction; rows another transaction holds are skipped (a later round takes them).
     */
    public Uni<List<Scored>> outdated(int version, UUID after, Instant since, Instant now, int limit) {
        return page(
                "l.status in " + OPEN + " and (l.model_version is null or l.model_version < ?4) and l.id > ?5"
                        + " order by l.id limit ?3 for update of l skip locked",
                since,
                now,
                limit,
                version,
                after);
    }

    /** A page of open leads whose oldest counted interaction left the window, locked (skipping locked rows). */
    public Uni<List<Scored>> engagementExpired(UUID after, Instant since, Instant now, int limit) {
        return page(
                "l.engagement_expires_at <= ?2 and l.status in " + OPEN + " and l.id > ?4"
                        + " order by l.id limit ?3 for update of l skip locked",
                since,
                now,
                limit,
                after);
    }

    /** The given leads, locked (waiting for other writers), in id order. */
    public Uni<List<Scored>> byIds(Collection<UUID> ids, Instant since, Instant now) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return page(
                "l.id = any(?4) order by l.id limit ?3 for update of l",
                since,
                now,
                ids.size(),
                ids.toArray(UUID[]::new));
    }

    /** Locks the given leads for this transaction, in id order (so that concurrent lockers cannot deadlock). */
    public Uni<Void> lock(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return SetStatements.rows("select id from lead where id = any(?1) order by id for update", (Object)
                        ids.toArray(UUID[]::new))
                .replaceWithVoid();
    }

    private Uni<List<Scored>> page(String where, Object... params) {
        return SetStatements.selectWith(TABLE, SCORING, "l", TOUCHES, FROM_WITH_TOUCHES + where, params)
                .map(rows -> {
                    List<Scored> page = new ArrayList<>(rows.size());
                    rows.forEach(row -> page.add(new Scored(row.entity(), touches(row.extra()))));
                    return page;
                });
    }

    /** Per type the count and the oldest time: as many touches at the oldest time give the same score and expiry. */
    private static List<LeadScorer.Touch> touches(Object[] aggregates) {
        String[] types = Sql.strings(aggregates[0]);
        List<Long> counts = Sql.longs(aggregates[1]);
        List<Instant> oldest = Sql.instants(aggregates[2]);
        List<LeadScorer.Touch> touches = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            InteractionType type = InteractionType.valueOf(types[i]);
            for (long n = 0; n < counts.get(i); n++) {
                touches.add(new LeadScorer.Touch(type, oldest.get(i)));
            }
        }
        return touches;
    }

    /** An open lead a new one duplicates: its id and when it was created (the oldest match wins). */
    public record OpenLead(UUID id, String email, String phone, Instant createdAt) {}

    /** Open leads with any of these normalised emails or E.164 phones. */
    public Uni<List<OpenLead>> openDuplicates(Collection<String> emails, Collection<String> phones) {
        if (emails.isEmpty() && phones.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return SetStatements.rows(
                        "select id, email_normalized, phone, created_at from lead where status in " + OPEN
                                + " and (email_normalized = any(?1) or phone = any(?2))",
                        emails.toArray(String[]::new),
                        phones.toArray(String[]::new))
                .map(rows -> rows.stream()
                        .map(row ->
                                new OpenLead(Sql.uuid(row[0]), (String) row[1], (String) row[2], Sql.instant(row[3])))
                        .toList());
    }

    /** Open leads per owner among the given users (least-loaded distribution). */
    public Uni<Map<String, Long>> openLeadsPerOwner(Collection<String> owners) {
        if (owners.isEmpty()) {
            return Uni.createFrom().item(new HashMap<>());
        }
        return SetStatements.rows(
                        "select owner_id, count(*) from lead where owner_id = any(?1) and status in " + OPEN
                                + " group by owner_id",
                        (Object) owners.toArray(String[]::new))
                .map(rows -> {
                    Map<String, Long> loads = new HashMap<>();
                    rows.forEach(row -> loads.put((String) row[0], Sql.longValue(row[1])));
                    return loads;
                });
    }
}
