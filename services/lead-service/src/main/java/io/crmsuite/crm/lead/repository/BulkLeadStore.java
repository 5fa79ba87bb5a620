package io.crmsuite.crm.lead.repository;

import io.crmsuite.crm.events.lead.LeadGrade;
import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.events.lead.LeadStatus;
import io.crmsuite.crm.events.lead.SizeBand;
import io.crmsuite.crm.lead.domain.InteractionType;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.LeadInteraction;
import io.crmsuite.crm.lead.domain.LeadScorer;
import io.crmsuite.crm.lead.domain.ScoreHistoryEntry;
import io.crmsuite.crm.lead.domain.StatusMachine;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Set-based SQL of the bulk paths (re-scoring after a publish, the engagement-window scan, imports) on a Vert.x
 * connection inside the caller's transaction: pages of leads with their interaction aggregates in one query, and
 * pipelined batches of updates and inserts (one round trip per statement kind and page).
 */
public final class BulkLeadStore {
    /** The open statuses as SQL literals (constants of the code), so the partial indexes on open leads apply. */
    static final String OPEN = StatusMachine.OPEN.stream()
            .map(s -> "'" + s.name() + "'")
            .sorted()
            .collect(Collectors.joining(", ", "(", ")"));

    private static final String SCORING_COLUMNS = "l.id, l.version, l.industry, l.region, l.size_band,"
            + " l.product_interest, l.title, l.budget_amount, l.source, l.status, l.score, l.grade, l.fit,"
            + " l.engagement, l.model_version, l.score_reasons, l.scored_at, l.engagement_expires_at, l.owner_id,"
            + " l.team, l.assignment_rule_id, l.assignment_rule_name, l.assigned_at, l.first_response_due_at,"
            + " l.sla_breached_at, l.updated_at";

    /** Interactions per type within the window ($1 exclusive start, $2 now): count and oldest. */
    private static final String TOUCHES = " left join lateral (select array_agg(g.type) as touch_types,"
            + " array_agg(g.n) as touch_counts, array_agg(g.oldest) as touch_oldest from (select i.type, count(*) as n,"
            + " min(i.occurred_at) as oldest from lead_interaction i where i.lead_id = l.id and i.occurred_at > $1"
            + " and i.occurred_at <= $2 group by i.type) g) t on true";

    /** A column written by the set-based statements: name, PostgreSQL type of its array parameter, value. */
    private record Col<T>(String name, String type, Function<T, Object> value) {}

    private static final List<Col<Lead>> SCORE_COLUMNS = List.of(
            new Col<Lead>("id", "uuid", l -> l.id),
            new Col<Lead>("score", "int", l -> l.score),
            new Col<Lead>("grade", "text", l -> l.grade),
            new Col<Lead>("fit", "int", l -> l.fit),
            new Col<Lead>("engagement", "int", l -> l.engagement),
            new Col<Lead>("model_version", "int", l -> l.modelVersion),
            new Col<Lead>("score_reasons", "text", l -> l.scoreReasons),
            new Col<Lead>("scored_at", "timestamptz", l -> l.scoredAt),
            new Col<Lead>("engagement_expires_at", "timestamptz", l -> l.engagementExpiresAt),
            new Col<Lead>("owner_id", "text", l -> l.ownerId),
            new Col<Lead>("team", "text", l -> l.team),
            new Col<Lead>("assignment_rule_id", "uuid", l -> l.assignmentRuleId),
            new Col<Lead>("assignment_rule_name", "text", l -> l.assignmentRuleName),
            new Col<Lead>("assigned_at", "timestamptz", l -> l.assignedAt),
            new Col<Lead>("first_response_due_at", "timestamptz", l -> l.firstResponseDueAt),
            new Col<Lead>("sla_breached_at", "timestamptz", l -> l.slaBreachedAt),
            new Col<Lead>("updated_at", "timestamptz", l -> l.updatedAt),
            new Col<Lead>("version", "bigint", l -> l.version));

    /** One statement for a page: every column of the score and the assignment, the version checked and bumped. */
    private static final String UPDATE_SCORES = "update lead l set "
            + SCORE_COLUMNS.stream()
                    .skip(1)
                    .filter(c -> !c.name().equals("version"))
                    .map(c -> c.name() + " = u." + c.name())
                    .collect(Collectors.joining(", "))
            + ", version = l.version + 1 from " + unnest(SCORE_COLUMNS) + " as u("
            + SCORE_COLUMNS.stream().map(Col::name).collect(Collectors.joining(", "))
            + ") where l.id = u.id and l.version = u.version";

    private static final List<Col<ScoreHistoryEntry>> HISTORY_COLUMNS = List.of(
            new Col<ScoreHistoryEntry>("id", "uuid", e -> e.id),
            new Col<ScoreHistoryEntry>("lead_id", "uuid", e -> e.leadId),
            new Col<ScoreHistoryEntry>("score", "int", e -> e.score),
            new Col<ScoreHistoryEntry>("grade", "text", e -> e.grade),
            new Col<ScoreHistoryEntry>("fit", "int", e -> e.fit),
            new Col<ScoreHistoryEntry>("engagement", "int", e -> e.engagement),
            new Col<ScoreHistoryEntry>("model_version", "int", e -> e.modelVersion),
            new Col<ScoreHistoryEntry>("reasons", "text", e -> e.reasons),
            new Col<ScoreHistoryEntry>("scored_at", "timestamptz", e -> e.scoredAt));

    private static final List<Col<LeadInteraction>> INTERACTION_COLUMNS = List.of(
            new Col<LeadInteraction>("id", "uuid", i -> i.id),
            new Col<LeadInteraction>("lead_id", "uuid", i -> i.leadId),
            new Col<LeadInteraction>("type", "text", i -> i.type),
            new Col<LeadInteraction>("occurred_at", "timestamptz", i -> i.occurredAt),
            new Col<LeadInteraction>("detail", "text", i -> i.detail),
            new Col<LeadInteraction>("recorded_by", "text", i -> i.recordedBy),
            new Col<LeadInteraction>("created_at", "timestamptz", i -> i.createdAt));

    /** The columns a new lead is inserted with (conversion columns start empty). */
    private static final List<Col<Lead>> LEAD_COLUMNS = List.of(
            new Col<Lead>("id", "uuid", l -> l.id),
            new Col<Lead>("version", "bigint", l -> l.version),
            new Col<Lead>("name", "text", l -> l.name),
            new Col<Lead>("company", "text", l -> l.company),
            new Col<Lead>("title", "text", l -> l.title),
            new Col<Lead>("email", "text", l -> l.email),
            new Col<Lead>("email_normalized", "text", l -> l.emailNormalized),
            new Col<Lead>("phone", "text", l -> l.phone),
            new Col<Lead>("region", "text", l -> l.region),
            new Col<Lead>("country", "text", l -> l.country),
            new Col<Lead>("industry", "text", l -> l.industry),
            new Col<Lead>("company_size", "int", l -> l.companySize),
            new Col<Lead>("size_band", "text", l -> l.sizeBand),
            new Col<Lead>("product_interest", "text", l -> l.productInterest),
            new Col<Lead>("budget_amount", "numeric", l -> l.budgetAmount),
            new Col<Lead>("budget_currency", "text", l -> l.budgetCurrency),
            new Col<Lead>("source", "text", l -> l.source),
            new Col<Lead>("campaign_id", "uuid", l -> l.campaignId),
            new Col<Lead>("utm_source", "text", l -> l.utmSource),
            new Col<Lead>("utm_medium", "text", l -> l.utmMedium),
            new Col<Lead>("utm_campaign", "text", l -> l.utmCampaign),
            new Col<Lead>("utm_term", "text", l -> l.utmTerm),
            new Col<Lead>("utm_content", "text", l -> l.utmContent),
            new Col<Lead>("consent_given", "boolean", l -> l.consentGiven),
            new Col<Lead>("consent_text", "text", l -> l.consentText),
            new Col<Lead>("consent_at", "timestamptz", l -> l.consentAt),
            new Col<Lead>("notes", "text", l -> l.notes),
            new Col<Lead>("status", "text", l -> l.status),
            new Col<Lead>("owner_id", "text", l -> l.ownerId),
            new Col<Lead>("team", "text", l -> l.team),
            new Col<Lead>("score", "int", l -> l.score),
            new Col<Lead>("grade", "text", l -> l.grade),
            new Col<Lead>("fit", "int", l -> l.fit),
            new Col<Lead>("engagement", "int", l -> l.engagement),
            new Col<Lead>("score_reasons", "text", l -> l.scoreReasons),
            new Col<Lead>("model_version", "int", l -> l.modelVersion),
            new Col<Lead>("scored_at", "timestamptz", l -> l.scoredAt),
            new Col<Lead>("engagement_expires_at", "timestamptz", l -> l.engagementExpiresAt),
            new Col<Lead>("assignment_rule_id", "uuid", l -> l.assignmentRuleId),
            new Col<Lead>("assignment_rule_name", "text", l -> l.assignmentRuleName),
            new Col<Lead>("assigned_at", "timestamptz", l -> l.assignedAt),
            new Col<Lead>("first_response_due_at", "timestamptz", l -> l.firstResponseDueAt),
            new Col<Lead>("external_id", "text", l -> l.externalId),
            new Col<Lead>("submitted_by", "text", l -> l.submittedBy),
            new Col<Lead>("submitter_kind", "text", l -> l.submitterKind),
            new Col<Lead>("matched_contact_id", "uuid", l -> l.matchedContactId),
            new Col<Lead>("created_at", "timestamptz", l -> l.createdAt),
            new Col<Lead>("updated_at", "timestamptz", l -> l.updatedAt));

    /** {@code unnest($1::uuid[], $2::text[], …)}: one array parameter per column, one row per element. */
    private static String unnest(List<? extends Col<?>> columns) {
        StringBuilder sql = new StringBuilder("unnest(");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append('$')
                    .append(i + 1)
                    .append("::")
                    .append(columns.get(i).type())
                    .append("[]");
        }
        return sql.append(')').toString();
    }

    private static String insert(String table, List<? extends Col<?>> columns) {
        return "insert into " + table + " ("
                + columns.stream().map(Col::name).collect(Collectors.joining(", "))
                + ") select * from " + unnest(columns);
    }

    private static final String INSERT_HISTORY = insert("lead_score_history", HISTORY_COLUMNS);
    private static final String INSERT_INTERACTIONS = insert("lead_interaction", INTERACTION_COLUMNS);
    private static final String INSERT_LEADS = insert("lead", LEAD_COLUMNS);

    /** The array parameters of a set-based statement: per column, the values of every item. */
    private static <T> Tuple arrays(List<Col<T>> columns, List<T> items) {
        List<Object> parameters = new ArrayList<>(columns.size());
        int n = items.size();
        for (Col<T> column : columns) {
            Object[] values =
                    switch (column.type()) {
                        case "uuid" -> new UUID[n];
                        case "int" -> new Integer[n];
                        case "bigint" -> new Long[n];
                        case "boolean" -> new Boolean[n];
                        case "timestamptz" -> new OffsetDateTime[n];
                        case "numeric" -> new Numeric[n];
                        default -> new String[n];
                    };
            for (int i = 0; i < n; i++) {
                values[i] = parameter(column.value().apply(items.get(i)));
            }
            parameters.add(values);
        }
        return Tuple.from(parameters);
    }

    private static Object parameter(Object value) {
        return switch (value) {
            case null -> null;
            case Enum<?> e -> e.name();
            case Instant instant -> time(instant);
            case java.math.BigDecimal decimal -> Numeric.create(decimal);
            default -> value;
        };
    }

    private BulkLeadStore() {}

    /** A lead as scoring and assignment see it, with its interactions in the window (one touch per interaction). */
    public record Scored(Lead lead, List<LeadScorer.Touch> touches) {}

    /**
     * A page of open leads scored with a model older than {@code version} (or never), after {@code after} in id order,
     * locked for this transaction; rows another transaction holds are skipped (they are taken by a later round).
     */
    public static Uni<List<Scored>> outdated(
            SqlConnection connection, int version, UUID after, Instant since, Instant now, int limit) {
        return page(
                connection,
                "l.status in " + OPEN + " and (l.model_version is null or l.model_version < $4) and l.id > $5"
                        + " order by l.id limit $3 for update of l skip locked",
                Tuple.of(time(since), time(now), limit, version, after));
    }

    /** A page of open leads whose oldest counted interaction left the window, locked (skipping locked rows). */
    public static Uni<List<Scored>> engagementExpired(
            SqlConnection connection, UUID after, Instant since, Instant now, int limit) {
        return page(
                connection,
                "l.engagement_expires_at <= $2 and l.status in " + OPEN + " and l.id > $4"
                        + " order by l.id limit $3 for update of l skip locked",
                Tuple.of(time(since), time(now), limit, after));
    }

    /** The given leads, locked (waiting for other writers), in id order. */
    public static Uni<List<Scored>> byIds(SqlConnection connection, List<UUID> ids, Instant since, Instant now) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return page(
                connection,
                "l.id = any($4) order by l.id limit $3 for update of l",
                Tuple.of(time(since), time(now), ids.size(), ids.toArray(UUID[]::new)));
    }

    /** Locks the given leads for this transaction, in id order (so that concurrent lockers cannot deadlock). */
    public static Uni<Void> lock(SqlConnection connection, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection
                .preparedQuery("select id from lead where id = any($1) order by id for update")
                .execute(Tuple.of(ids.toArray(UUID[]::new)))
                .replaceWithVoid();
    }

    private static Uni<List<Scored>> page(SqlConnection connection, String where, Tuple parameters) {
        String sql = "select " + SCORING_COLUMNS + ", t.touch_types, t.touch_counts, t.touch_oldest from lead l"
                + TOUCHES + " where " + where;
        return connection.preparedQuery(sql).execute(parameters).map(rows -> {
            List<Scored> page = new ArrayList<>(rows.size());
            for (Row row : rows) {
                page.add(new Scored(lead(row), touches(row)));
            }
            return page;
        });
    }

    private static Lead lead(Row row) {
        Lead lead = new Lead();
        lead.id = row.getUUID("id");
        lead.version = row.getLong("version");
        lead.industry = row.getString("industry");
        lead.region = row.getString("region");
        lead.sizeBand = enumOf(SizeBand.class, row.getString("size_band"));
        lead.productInterest = row.getString("product_interest");
        lead.title = row.getString("title");
        lead.budgetAmount = row.getBigDecimal("budget_amount");
        lead.source = enumOf(LeadSource.class, row.getString("source"));
        lead.status = enumOf(LeadStatus.class, row.getString("status"));
        lead.score = row.getInteger("score");
        lead.grade = enumOf(LeadGrade.class, row.getString("grade"));
        lead.fit = row.getInteger("fit");
        lead.engagement = row.getInteger("engagement");
        lead.modelVersion = row.getInteger("model_version");
        lead.scoreReasons = row.getString("score_reasons");
        lead.scoredAt = instant(row.getOffsetDateTime("scored_at"));
        lead.engagementExpiresAt = instant(row.getOffsetDateTime("engagement_expires_at"));
        lead.ownerId = row.getString("owner_id");
        lead.team = row.getString("team");
        lead.assignmentRuleId = row.getUUID("assignment_rule_id");
        lead.assignmentRuleName = row.getString("assignment_rule_name");
        lead.assignedAt = instant(row.getOffsetDateTime("assigned_at"));
        lead.firstResponseDueAt = instant(row.getOffsetDateTime("first_response_due_at"));
        lead.slaBreachedAt = instant(row.getOffsetDateTime("sla_breached_at"));
        lead.updatedAt = instant(row.getOffsetDateTime("updated_at"));
        return lead;
    }

    /** Per type the count and the oldest time: as many touches at the oldest time give the same score and expiry. */
    private static List<LeadScorer.Touch> touches(Row row) {
        String[] types = row.getArrayOfStrings("touch_types");
        if (types == null) {
            return List.of();
        }
        Long[] counts = row.getArrayOfLongs("touch_counts");
        OffsetDateTime[] oldest = row.getArrayOfOffsetDateTimes("touch_oldest");
        List<LeadScorer.Touch> touches = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            InteractionType type = enumOf(InteractionType.class, types[i]);
            if (type == null) {
                continue;
            }
            for (long n = 0; n < counts[i]; n++) {
                touches.add(new LeadScorer.Touch(type, oldest[i].toInstant()));
            }
        }
        return touches;
    }

    /** Writes the score and assignment columns of changed leads (optimistic: the version read must still hold). */
    public static Uni<Void> updateScores(SqlConnection connection, List<Lead> changed) {
        if (changed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection
                .preparedQuery(UPDATE_SCORES)
                .execute(arrays(SCORE_COLUMNS, changed))
                .invoke(rows -> {
                    if (rows.rowCount() != changed.size()) { // cannot happen under the row lock; the page is retried
                        throw new IllegalStateException(
                                "concurrent change: " + rows.rowCount() + " of " + changed.size() + " leads updated");
                    }
                })
                .replaceWithVoid();
    }

    public static Uni<Void> insertHistory(SqlConnection connection, List<ScoreHistoryEntry> entries) {
        return insertAll(connection, INSERT_HISTORY, HISTORY_COLUMNS, entries);
    }

    public static Uni<Void> insertInteractions(SqlConnection connection, List<LeadInteraction> interactions) {
        return insertAll(connection, INSERT_INTERACTIONS, INTERACTION_COLUMNS, interactions);
    }

    public static Uni<Void> insertLeads(SqlConnection connection, List<Lead> leads) {
        return insertAll(connection, INSERT_LEADS, LEAD_COLUMNS, leads);
    }

    private static <T> Uni<Void> insertAll(SqlConnection connection, String sql, List<Col<T>> columns, List<T> items) {
        if (items.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(sql).execute(arrays(columns, items)).replaceWithVoid();
    }

    /** An open lead a new one duplicates: its id and when it was created (the oldest match wins). */
    public record OpenLead(UUID id, String email, String phone, Instant createdAt) {}

    /** Open leads with any of these normalised emails or E.164 phones. */
    public static Uni<List<OpenLead>> openDuplicates(
            SqlConnection connection, List<String> emails, List<String> phones) {
        if (emails.isEmpty() && phones.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return connection
                .preparedQuery("select id, email_normalized, phone, created_at from lead where status in " + OPEN
                        + " and (email_normalized = any($1) or phone = any($2))")
                .execute(Tuple.of(emails.toArray(String[]::new), phones.toArray(String[]::new)))
                .map(rows -> {
                    List<OpenLead> found = new ArrayList<>();
                    for (Row row : rows) {
                        found.add(new OpenLead(
                                row.getUUID("id"),
                                row.getString("email_normalized"),
                                row.getString("phone"),
                                instant(row.getOffsetDateTime("created_at"))));
                    }
                    return found;
                });
    }

    /** The contact read model: "email:" + value and "phone:" + value to the contact id. */
    public static Uni<Map<String, UUID>> contacts(SqlConnection connection, List<String> emails, List<String> phones) {
        if (emails.isEmpty() && phones.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return connection
                .preparedQuery("select kind, value, contact_id from contact_point where (kind = 'email' and value ="
                        + " any($1)) or (kind = 'phone' and value = any($2))")
                .execute(Tuple.of(emails.toArray(String[]::new), phones.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, UUID> found = new HashMap<>();
                    for (Row row : rows) {
                        found.put(row.getString("kind") + ":" + row.getString("value"), row.getUUID("contact_id"));
                    }
                    return found;
                });
    }

    /** Open leads per owner among the given users (least-loaded distribution). */
    public static Uni<Map<String, Long>> openLeadsPerOwner(SqlConnection connection, List<String> owners) {
        if (owners.isEmpty()) {
            return Uni.createFrom().item(new HashMap<>());
        }
        return connection
                .preparedQuery("select owner_id, count(*) from lead where owner_id = any($1) and status in " + OPEN
                        + " group by owner_id")
                .execute(Tuple.of(owners.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Long> loads = new HashMap<>();
                    rows.forEach(row -> loads.put(row.getString(0), row.getLong(1)));
                    return loads;
                });
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
