package io.crmsuite.crm.lead.domain;

import io.crmsuite.crm.events.lead.LeadGrade;
import io.crmsuite.crm.events.lead.ScoreReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Pure, explainable scoring: every point of fit and engagement is named by a reason code. */
public final class LeadScorer {
    public static final String ENGAGEMENT_PREFIX = "ENGAGEMENT_";

    private LeadScorer() {}

    /** One interaction as scoring sees it. */
    public record Touch(InteractionType type, Instant occurredAt) {}

    /**
     * The score. {@code engagementExpiresAt} is when the oldest counted interaction leaves the window (the score must
     * be recomputed then), null when no interaction counts.
     */
    public record Result(
            int fit,
            int engagement,
            int score,
            LeadGrade grade,
            int modelVersion,
            List<ScoreReason> reasons,
            Instant engagementExpiresAt) {}

    public static Result score(ScoringModel model, LeadFacts facts, List<Touch> touches, Instant now) {
        List<ScoreReason> reasons = new ArrayList<>();
        int fitSum = 0;
        for (ScoringModel.FitRule rule : model.fitRules()) {
            if (matches(rule, facts)) {
                reasons.add(new ScoreReason(rule.code(), rule.points()));
                fitSum += rule.points();
            }
        }
        int fit = clamp(fitSum, 100);
        Instant windowStart = now.minus(Duration.ofDays(model.engagementWindowDays()));
        Map<InteractionType, Integer> perType = new EnumMap<>(InteractionType.class);
        Instant oldest = null;
        for (Touch touch : touches) {
            if (touch.occurredAt().isAfter(windowStart) && !touch.occurredAt().isAfter(now)) {
                int points = model.engagementPoints().getOrDefault(touch.type(), 0);
                if (points > 0) {
                    perType.merge(touch.type(), points, Integer::sum);
                    oldest = oldest == null || touch.occurredAt().isBefore(oldest) ? touch.occurredAt() : oldest;
                }
            }
        }
        int engagementSum = 0;
        for (Map.Entry<InteractionType, Integer> entry : perType.entrySet()) {
            reasons.add(new ScoreReason(ENGAGEMENT_PREFIX + entry.getKey().name(), entry.getValue()));
            engagementSum += entry.getValue();
        }
        int engagement = clamp(engagementSum, Math.min(100, model.engagementCap()));
        int score = BigDecimal.valueOf(fit)
                .multiply(model.fitWeight())
                .add(BigDecimal.valueOf(engagement).multiply(model.engagementWeight()))
                .setScale(0, RoundingMode.HALF_UP)
                .intValueExact();
        Instant expires = oldest == null ? null : oldest.plus(Duration.ofDays(model.engagementWindowDays()));
        return new Result(
                fit,
                engagement,
                clamp(score, 100),
                model.gradeBands().grade(score),
                model.version(),
                List.copyOf(reasons),
                expires);
    }

    static boolean matches(ScoringModel.FitRule rule, LeadFacts facts) {
        return switch (rule.attribute()) {
            case INDUSTRY -> oneOf(rule, facts.industry());
            case REGION -> oneOf(rule, facts.region());
            case COMPANY_SIZE ->
                facts.sizeBand() != null && oneOf(rule, facts.sizeBand().name());
            case PRODUCT_INTEREST -> oneOf(rule, facts.productInterest());
            case TITLE_SENIORITY ->
                facts.seniority() != null && oneOf(rule, facts.seniority().name());
            case BUDGET ->
                facts.budget() != null
                        && rule.minimum() != null
                        && facts.budget().compareTo(rule.minimum()) >= 0;
        };
    }

    private static boolean oneOf(ScoringModel.FitRule rule, String value) {
        if (value == null || rule.values() == null) {
            return false;
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return rule.values().stream()
                .anyMatch(v -> v.trim().toLowerCase(Locale.ROOT).equals(wanted));
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
