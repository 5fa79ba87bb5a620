package io.crmsuite.crm.lead.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.lead.domain.AssignmentPlan;
import io.crmsuite.crm.lead.domain.AssignmentRules;
import io.crmsuite.crm.lead.domain.ConfigVersion;
import io.crmsuite.crm.lead.domain.ScoringModel;
import io.crmsuite.crm.lead.domain.ScoringModelRules;
import io.crmsuite.crm.lead.repository.ConfigRepository;
import io.crmsuite.crm.rest.problem.ConflictException;
import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.mapping.Failures;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The scoring model and assignment plan in force: the highest published version, else the built-in version 1. Each
 * publish is a new version (history kept); the version number is assigned here, never taken from the request.
 */
@ApplicationScoped
public class ConfigService {
    static final long CACHE_NANOS = 1_000_000_000L;

    private final ConfigRepository configs;
    private final ObjectMapper json;
    private volatile Cached<ScoringModel> model;
    private volatile Cached<AssignmentPlan> plan;

    public ConfigService(ConfigRepository configs, ObjectMapper json) {
        this.configs = configs;
        this.json = json;
    }

    /** The model in force; from the cache without touching the database (no session is opened then). */
    public Uni<ScoringModel> scoringModel() {
        Cached<ScoringModel> cached = model;
        if (cached != null && cached.fresh()) {
            return Uni.createFrom().item(cached.value());
        }
        return Panache.withSession(() -> configs.latest(ConfigVersion.SCORING))
                .map(row -> row == null ? ScoringModel.defaults() : read(row, ScoringModel.class))
                .invoke(found -> model = new Cached<>(found, System.nanoTime()));
    }

    /** The plan in force; from the cache without touching the database (no session is opened then). */
    public Uni<AssignmentPlan> assignmentPlan() {
        Cached<AssignmentPlan> cached = plan;
        if (cached != null && cached.fresh()) {
            return Uni.createFrom().item(cached.value());
        }
        return Panache.withSession(() -> configs.latest(ConfigVersion.ASSIGNMENT))
                .map(row -> row == null ? AssignmentPlan.defaults() : read(row, AssignmentPlan.class))
                .invoke(found -> plan = new Cached<>(found, System.nanoTime()));
    }

    /** Drops the cached versions; called after a publish committed, so this replica uses it at once. */
    public void forget() {
        model = null;
        plan = null;
    }

    /**
     * The versions in force are cached for {@link #CACHE_NANOS} (one second): another replica's publish is seen within
     * that time, and a capture does not read and parse the configuration twice.
     */
    private record Cached<T>(T value, long loadedAt) {
        boolean fresh() {
            return System.nanoTime() - loadedAt < CACHE_NANOS;
        }
    }

    @WithTransaction
    public Uni<ScoringModel> publish(ScoringModel draft, String by) {
        requireValid(ScoringModelRules.problems(draft));
        return scoringModel().chain(current -> {
            ScoringModel next = draft.withVersion(current.version() + 1);
            return store(ConfigVersion.SCORING, next.version(), next, by).replaceWith(next);
        });
    }

    @WithTransaction
    public Uni<AssignmentPlan> publish(AssignmentPlan draft, String by) {
        requireValid(AssignmentRules.problems(draft));
        return assignmentPlan().chain(current -> {
            AssignmentPlan next = withRuleIds(draft).withVersion(current.version() + 1);
            Uni<Void> queues = Uni.createFrom().voidItem();
            for (AssignmentPlan.Rule rule : allRules(next)) {
                if (rule.target().kind() == AssignmentPlan.TargetKind.TEAM_QUEUE) {
                    queues = queues.chain(
                            () -> RoundRobinTurns.ensure(rule.target().team()));
                }
            }
            return queues.chain(() -> store(ConfigVersion.ASSIGNMENT, next.version(), next, by))
                    .replaceWith(next);
        });
    }

    private static List<AssignmentPlan.Rule> allRules(AssignmentPlan plan) {
        List<AssignmentPlan.Rule> all = new java.util.ArrayList<>(plan.rules());
        all.add(plan.fallback());
        return all;
    }

    private static AssignmentPlan withRuleIds(AssignmentPlan plan) {
        return new AssignmentPlan(
                plan.version(),
                plan.rules().stream().map(ConfigService::withId).toList(),
                withId(plan.fallback()),
                plan.sla());
    }

    private static AssignmentPlan.Rule withId(AssignmentPlan.Rule rule) {
        return rule.id() != null
                ? rule
                : new AssignmentPlan.Rule(
                        java.util.UUID.randomUUID(),
                        rule.name(),
                        rule.when() == null ? AssignmentPlan.Conditions.ANY : rule.when(),
                        rule.target(),
                        rule.reassignOnSlaBreach());
    }

    private Uni<ConfigVersion> store(String kind, int version, Object definition, String by) {
        ConfigVersion row = new ConfigVersion();
        row.id = kind + ":" + version;
        row.kind = kind;
        row.version = version;
        row.publishedBy = by;
        row.publishedAt = Instant.now();
        try {
            row.definition = json.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return configs.persist(row)
                .call(configs::flush)
                .onFailure(Failures::isUniqueViolation)
                .transform(e -> new ConflictException(
                        "concurrent-publish",
                        "Another " + kind + " version was published at the same moment; read it and publish again.",
                        java.util.Map.of()));
    }

    private <T> T read(ConfigVersion row, Class<T> type) {
        try {
            return json.readValue(row.definition, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + row.kind + " version " + row.version + " is unreadable", e);
        }
    }

    private static void requireValid(List<FieldError> problems) {
        if (!problems.isEmpty()) {
            throw InvalidRequestException.validation(problems);
        }
    }
}
