package io.crmsuite.crm.lead.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.events.lead.LeadScored;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.LeadInteraction;
import io.crmsuite.crm.lead.domain.LeadScorer;
import io.crmsuite.crm.lead.domain.ScoreHistoryEntry;
import io.crmsuite.crm.lead.domain.ScoringModel;
import io.crmsuite.crm.lead.repository.InteractionRepository;
import io.crmsuite.crm.lead.repository.ScoreHistoryRepository;
import io.crmsuite.crm.lead.rest.LeadMapper;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Applies {@link LeadScorer} to a lead inside the caller's transaction: stores the score with its model version and
 * reasons, keeps the history and emits {@code crm.lead.scored.v1} when anything about the score changed.
 */
@ApplicationScoped
public class LeadScoring {
    private final InteractionRepository interactions;
    private final ScoreHistoryRepository history;
    private final Outbox outbox;
    private final ObjectMapper json;

    public LeadScoring(
            InteractionRepository interactions, ScoreHistoryRepository history, Outbox outbox, ObjectMapper json) {
        this.interactions = interactions;
        this.history = history;
        this.outbox = outbox;
        this.json = json;
    }

    /** Loads the lead's interactions in the window and re-scores; true when the score changed. */
    public Uni<Boolean> rescore(Lead lead, ScoringModel model, Instant now) {
        Instant since = now.minus(Duration.ofDays(model.engagementWindowDays()));
        return interactions.since(lead.id, since).chain(found -> apply(lead, model, found, now));
    }

    /** Re-scores with interactions already loaded; true when the score changed. */
    public Uni<Boolean> apply(Lead lead, ScoringModel model, List<LeadInteraction> recent, Instant now) {
        List<LeadScorer.Touch> touches = recent.stream()
                .map(i -> new LeadScorer.Touch(i.type, i.occurredAt))
                .toList();
        Change change = compute(lead, model, touches, now);
        if (change == null) {
            return Uni.createFrom().item(false);
        }
        return history.persist(change.entry())
                .chain(() -> outbox.append(change.event()))
                .replaceWith(true);
    }

    /** A changed score: the history row and the event to write with it. */
    public record Change(ScoreHistoryEntry entry, LeadScored event) {}

    /**
     * Pure part of scoring (no database): scores the lead with the given interactions, updates its score fields and
     * returns the history row and event to write, or null when nothing about the score changed (the engagement expiry
     * is updated either way). Used by single-lead changes and by the set-based paths.
     */
    public Change compute(Lead lead, ScoringModel model, List<LeadScorer.Touch> touches, Instant now) {
        LeadScorer.Result result = LeadScorer.score(model, LeadMapper.facts(lead), touches, now);
        lead.engagementExpiresAt = result.engagementExpiresAt();
        String reasons = reasonsJson(result);
        boolean changed = !Objects.equals(lead.score, result.score())
                || !Objects.equals(lead.fit, result.fit())
                || !Objects.equals(lead.engagement, result.engagement())
                || !Objects.equals(lead.modelVersion, result.modelVersion())
                || !Objects.equals(lead.scoreReasons, reasons);
        if (!changed) {
            return null;
        }
        lead.score = result.score();
        lead.grade = result.grade();
        lead.fit = result.fit();
        lead.engagement = result.engagement();
        lead.modelVersion = result.modelVersion();
        lead.scoreReasons = reasons;
        lead.scoredAt = now;
        lead.updatedAt = now;
        ScoreHistoryEntry entry = new ScoreHistoryEntry();
        entry.id = UUID.randomUUID();
        entry.leadId = lead.id;
        entry.score = result.score();
        entry.grade = result.grade();
        entry.fit = result.fit();
        entry.engagement = result.engagement();
        entry.modelVersion = result.modelVersion();
        entry.reasons = reasons;
        entry.scoredAt = now;
        return new Change(
                entry,
                new LeadScored(
                        lead.id,
                        result.score(),
                        result.grade(),
                        result.fit(),
                        result.engagement(),
                        result.modelVersion(),
                        result.reasons(),
                        now));
    }

    private String reasonsJson(LeadScorer.Result result) {
        try {
            return json.writeValueAsString(result.reasons());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
