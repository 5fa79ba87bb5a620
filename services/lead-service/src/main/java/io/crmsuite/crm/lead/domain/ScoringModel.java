package io.crmsuite.crm.lead.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.crmsuite.crm.events.lead.LeadGrade;
import io.crmsuite.crm.events.lead.SizeBand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A scoring model version (data that admins publish): score = fit x fitWeight + engagement x engagementWeight; fit is
 * the capped sum of the matching fit rules; engagement the capped sum of the interaction points within the window.
 */
public record ScoringModel(
        int version,
        BigDecimal fitWeight,
        BigDecimal engagementWeight,
        List<FitRule> fitRules,
        Map<InteractionType, Integer> engagementPoints,
        int engagementCap,
        int engagementWindowDays,
        GradeBands gradeBands) {

    public ScoringModel {
        fitRules = List.copyOf(fitRules);
        engagementPoints = Map.copyOf(engagementPoints);
    }

    public ScoringModel withVersion(int newVersion) {
        return new ScoringModel(
                newVersion,
                fitWeight,
                engagementWeight,
                fitRules,
                engagementPoints,
                engagementCap,
                engagementWindowDays,
                gradeBands);
    }

    /** One fit rule: matches when the attribute is one of {@code values} (or, for BUDGET, at least {@code minimum}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FitRule(String code, LeadAttribute attribute, List<String> values, BigDecimal minimum, int points) {
        public FitRule {
            values = values == null ? null : List.copyOf(values);
        }
    }

    /** Grade thresholds: A at or above {@code a}, B at or above {@code b}, C at or above {@code c}, D below. */
    public record GradeBands(int a, int b, int c) {
        public LeadGrade grade(int score) {
            if (score >= a) {
                return LeadGrade.A;
            }
            if (score >= b) {
                return LeadGrade.B;
            }
            return score >= c ? LeadGrade.C : LeadGrade.D;
        }
    }

    /** Version 1, in force until an admin publishes another: weights 0.6 / 0.4, bands 80 / 60 / 40, 7-day window. */
    public static ScoringModel defaults() {
        List<FitRule> rules = new ArrayList<>();
        rules.add(new FitRule(
                "INDUSTRY_TARGET",
                LeadAttribute.INDUSTRY,
                List.of("Technology", "Finance", "Manufacturing"),
                null,
                25));
        rules.add(new FitRule(
                "REGION_CORE", LeadAttribute.REGION, List.of("East China", "North China", "South China"), null, 15));
        rules.add(new FitRule(
                "SIZE_MIDMARKET_PLUS",
                LeadAttribute.COMPANY_SIZE,
                List.of(SizeBand.MEDIUM.name(), SizeBand.LARGE.name(), SizeBand.ENTERPRISE.name()),
                null,
                20));
        rules.add(new FitRule(
                "PRODUCT_INTEREST_CORE", LeadAttribute.PRODUCT_INTEREST, List.of("CRM Suite", "Analytics"), null, 15));
        rules.add(new FitRule(
                "DECISION_MAKER",
                LeadAttribute.TITLE_SENIORITY,
                List.of(Seniority.EXECUTIVE.name(), Seniority.DIRECTOR.name()),
                null,
                15));
        rules.add(new FitRule("BUDGET_50K", LeadAttribute.BUDGET, null, new BigDecimal("50000"), 10));
        Map<InteractionType, Integer> points = new EnumMap<>(InteractionType.class);
        points.put(InteractionType.EMAIL_OPENED, 5);
        points.put(InteractionType.PAGE_VISIT, 5);
        points.put(InteractionType.FORM_SUBMITTED, 20);
        points.put(InteractionType.CALL, 20);
        points.put(InteractionType.MEETING, 30);
        points.put(InteractionType.EVENT_ATTENDED, 20);
        return new ScoringModel(
                1, new BigDecimal("0.6"), new BigDecimal("0.4"), rules, points, 100, 7, new GradeBands(80, 60, 40));
    }
}
