package io.crmsuite.crm.lead.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.crmsuite.crm.events.lead.LeadGrade;
import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.events.lead.ScoreReason;
import io.crmsuite.crm.events.lead.SizeBand;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadScorerTest {
    static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    static final ScoringModel MODEL = ScoringModel.defaults();

    /** Matches every default fit rule except the budget one: 25 + 15 + 20 + 15 + 15 = 90. */
    static LeadFacts fit90() {
        return new LeadFacts(
                "Technology",
                "East China",
                SizeBand.LARGE,
                "CRM Suite",
                Seniority.of("VP Sales"),
                new BigDecimal("10000"),
                LeadSource.WEB_FORM);
    }

    static List<LeadScorer.Touch> forms(int count, Instant last) {
        List<LeadScorer.Touch> touches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            touches.add(new LeadScorer.Touch(InteractionType.FORM_SUBMITTED, last.minus(Duration.ofHours(i))));
        }
        return touches;
    }

    @Test
    void fit90AndFiveFormsWorth20EachScore94GradeAWithEveryRuleNamed() {
        LeadScorer.Result result = LeadScorer.score(MODEL, fit90(), forms(5, NOW), NOW);

        assertEquals(90, result.fit());
        assertEquals(100, result.engagement());
        assertEquals(94, result.score()); // 0.6 x 90 + 0.4 x 100
        assertEquals(LeadGrade.A, result.grade());
        assertEquals(1, result.modelVersion());
        assertEquals(
                List.of(
                        new ScoreReason("INDUSTRY_TARGET", 25),
                        new ScoreReason("REGION_CORE", 15),
                        new ScoreReason("SIZE_MIDMARKET_PLUS", 20),
                        new ScoreReason("PRODUCT_INTEREST_CORE", 15),
                        new ScoreReason("DECISION_MAKER", 15),
                        new ScoreReason("ENGAGEMENT_FORM_SUBMITTED", 100)),
                result.reasons());
        assertEquals(NOW.minus(Duration.ofHours(4)).plus(Duration.ofDays(7)), result.engagementExpiresAt());
    }

    @Test
    void engagementIsCappedAt100() {
        LeadScorer.Result result = LeadScorer.score(MODEL, fit90(), forms(8, NOW), NOW);
        assertEquals(100, result.engagement());
        assertEquals(
                List.of(new ScoreReason("ENGAGEMENT_FORM_SUBMITTED", 160)),
                result.reasons().subList(5, 6));
    }

    @Test
    void interactionsOlderThanSevenDaysNoLongerCount() {
        List<LeadScorer.Touch> touches = new ArrayList<>(forms(2, NOW.minus(Duration.ofDays(7))));
        touches.add(new LeadScorer.Touch(InteractionType.MEETING, NOW.minus(Duration.ofDays(6))));
        LeadScorer.Result result = LeadScorer.score(MODEL, fit90(), touches, NOW);
        assertEquals(30, result.engagement());
        assertEquals(66, result.score()); // 54 + 12
        assertEquals(LeadGrade.B, result.grade());
        assertEquals(NOW.plus(Duration.ofDays(1)), result.engagementExpiresAt());
    }

    @Test
    void anEmptyLeadScoresZeroGradeD() {
        LeadFacts nothing = new LeadFacts(null, null, null, null, Seniority.UNKNOWN, null, LeadSource.OTHER);
        LeadScorer.Result result = LeadScorer.score(MODEL, nothing, List.of(), NOW);
        assertEquals(0, result.score());
        assertEquals(LeadGrade.D, result.grade());
        assertEquals(List.of(), result.reasons());
        assertNull(result.engagementExpiresAt());
    }

    @Test
    void budgetRuleAndHalfUpRounding() {
        LeadFacts facts = new LeadFacts(
                "finance", "West China", SizeBand.SMALL, null, Seniority.STAFF, new BigDecimal("50000"), null);
        // fit 25 + 10 = 35; one email opened = 5 -> 0.6 x 35 + 0.4 x 5 = 21 + 2 = 23
        LeadScorer.Result result =
                LeadScorer.score(MODEL, facts, List.of(new LeadScorer.Touch(InteractionType.EMAIL_OPENED, NOW)), NOW);
        assertEquals(35, result.fit());
        assertEquals(23, result.score());
        assertEquals(LeadGrade.D, result.grade());
        // 0.6 x 35 + 0.4 x 10 = 25; with 0.55 / 0.45: 19.25 + 4.5 = 23.75 -> 24
        ScoringModel other = new ScoringModel(
                2,
                new BigDecimal("0.55"),
                new BigDecimal("0.45"),
                MODEL.fitRules(),
                MODEL.engagementPoints(),
                100,
                7,
                MODEL.gradeBands());
        List<LeadScorer.Touch> two = List.of(
                new LeadScorer.Touch(InteractionType.PAGE_VISIT, NOW),
                new LeadScorer.Touch(InteractionType.PAGE_VISIT, NOW));
        assertEquals(24, LeadScorer.score(other, facts, two, NOW).score());
        assertEquals(2, LeadScorer.score(other, facts, two, NOW).modelVersion());
    }

    @Test
    void gradeBandsAreInclusiveLowerBounds() {
        ScoringModel.GradeBands bands = MODEL.gradeBands();
        assertEquals(LeadGrade.A, bands.grade(80));
        assertEquals(LeadGrade.B, bands.grade(79));
        assertEquals(LeadGrade.B, bands.grade(60));
        assertEquals(LeadGrade.C, bands.grade(40));
        assertEquals(LeadGrade.D, bands.grade(39));
    }

    @Test
    void theDefaultModelIsValidAndBrokenModelsAreNot() {
        assertEquals(List.of(), ScoringModelRules.problems(MODEL));
        ScoringModel broken = new ScoringModel(
                2,
                new BigDecimal("0.7"),
                new BigDecimal("0.4"),
                List.of(new ScoringModel.FitRule("bad code", LeadAttribute.BUDGET, null, null, 120)),
                MODEL.engagementPoints(),
                0,
                7,
                new ScoringModel.GradeBands(60, 80, 40));
        assertEquals(
                List.of(
                        "fitWeight",
                        "fitRules[0].code",
                        "fitRules[0]",
                        "fitRules[0].points",
                        "engagementCap",
                        "gradeBands"),
                ScoringModelRules.problems(broken).stream().map(e -> e.field()).toList());
        UUID.randomUUID();
    }
}
