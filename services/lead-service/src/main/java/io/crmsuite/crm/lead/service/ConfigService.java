package io.crmsuite.crm.lead.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.directory.DirectoryUser;
import io.crmsuite.crm.directory.UserDirectory;
import io.crmsuite.crm.lead.domain.AssignmentPlan;
import io.crmsuite.crm.lead.domain.AssignmentRules;
import io.crmsuite.crm.lead.domain.ConfigVersion;
import io.crmsuite.crm.lead.domain.PlanResolution;
import io.crmsuite.crm.lead.domain.ScoringModel;
import io.crmsuite.crm.lead.domain.ScoringModelRules;
import io.crmsuite.crm.lead.repository.ConfigRepository;
import io.crmsuite.crm.persistence.BackgroundWork;
import io.crmsuite.crm.rest.problem.ConflictException;
import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.mapping.Failures;
import io.crmsuite.crm.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scoring model and assignment plan in force: the highest published version, else the built-in version 1. Each
 * publish is a new version (history kept); the version number is assigned here, never taken from the request. Routing
 * uses the plan resolved against the user directory ({@link PlanResolution}: usernames, team and region queues).
 */
@ApplicationScoped
public class ConfigService {
    static final long CACHE_NANOS = 1_000_000_000L;

    private final ConfigRepository configs;
    private final ObjectMapper json;
    private volatile Cached<ScoringModel> model;
    private volatile Cached<AssignmentPlan> plan;
    private final UserDirectory directory;
    private volatile Resolved resolved;
    private final Set<String> queuesReady = ConcurrentHashMap.newKeySet();

    public ConfigService(ConfigRepository configs, ObjectMapper json, UserDirectory directory) {
        this.configs = configs;
        this.json = json;
        this.directory = directory;
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

    /**
     * The plan in force as routing uses it: resolved against the directory's sales reps and managers (which never
     * fails nor waits on Keycloak once read: {@link UserDirectory#withRole}), with a round-robin sequence for every
     * team queue it names. Resolved again only when the published plan or the directory changed.
     */
    public Uni<AssignmentPlan> assignmentPlan() {
        return publishedPlan()
                .chain(published -> directory.withRole(Roles.SALES_REP).chain(reps -> directory
                        .withRole(Roles.SALES_MANAGER)
                        .chain(managers -> resolve(published, reps, managers))));
    }

    private Uni<AssignmentPlan> resolve(
            AssignmentPlan published, List<DirectoryUser> reps, List<DirectoryUser> managers) {
        Resolved last = resolved;
        if (last != null && last.published().equals(published) && last.reps() == reps && last.managers() == managers) {
            return Uni.createFrom().item(last.plan());
        }
        AssignmentPlan routing = PlanResolution.resolve(published, reps, managers);
        List<String> newQueues = allRules(routing).stream()
                .filter(rule -> rule.target().kind() == AssignmentPlan.TargetKind.TEAM_QUEUE
                        && rule.target().team() != null)
                .map(rule -> rule.target().team())
                .distinct()
                .filter(team -> !queuesReady.contains(team))
                .toList();
        Uni<Void> ready = newQueues.isEmpty()
                ? Uni.createFrom().voidItem()
                // in a transaction of its own (the caller's may still roll back), serialised with every other
                // creator of queue sequences (two captures, a re-scoring round, another replica) by a lock
                : BackgroundWork.run(() -> Panache.withTransaction(() -> RoundRobinTurns.ensureAll(newQueues)))
                        .invoke(() -> queuesReady.addAll(newQueues));
        return ready.replaceWith(routing).invoke(() -> resolved = new Resolved(published, reps, managers, routing));
    }

    /** The last resolution and what it was made of (the directory's lists are compared by identity). */
    private record Resolved(
            AssignmentPlan published, List<DirectoryUser> reps, List<DirectoryUser> managers, AssignmentPlan plan) {}

    /** The plan as published (what the API shows); from the cache without touching the database. */
    public Uni<AssignmentPlan> publishedPlan() {
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
        return publishedPlan().chain(current -> {
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
            // stored by an earlier version maybe: fields it no longer has are skipped (bodies are read strictly)
            return json.readerFor(type)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(row.definition);
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
