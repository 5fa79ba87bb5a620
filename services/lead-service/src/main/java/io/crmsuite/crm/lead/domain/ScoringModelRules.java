package io.crmsuite.crm.lead.domain;

import io.crmsuite.crm.rest.problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What makes a scoring model publishable; each problem names the field of the request. */
public final class ScoringModelRules {
    private ScoringModelRules() {}

    public static List<FieldError> problems(ScoringModel model) {
        List<FieldError> errors = new ArrayList<>();
        if (model.fitWeight() == null || model.engagementWeight() == null) {
            errors.add(new FieldError("fitWeight", "fitWeight and engagementWeight are required"));
        } else if (model.fitWeight().signum() < 0
                || model.engagementWeight().signum() < 0
                || model.fitWeight().add(model.engagementWeight()).compareTo(BigDecimal.ONE) != 0) {
            errors.add(new FieldError("fitWeight", "weights must be non-negative and add up to 1"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < model.fitRules().size(); i++) {
            ScoringModel.FitRule rule = model.fitRules().get(i);
            String at = "fitRules[" + i + "]";
            if (rule.code() == null || !rule.code().matches("[A-Z][A-Z0-9_]{0,63}")) {
                errors.add(new FieldError(at + ".code", "must be an upper-case code like INDUSTRY_TARGET"));
            } else if (!codes.add(rule.code())) {
                errors.add(new FieldError(at + ".code", "is used twice"));
            }
            if (rule.attribute() == null) {
                errors.add(new FieldError(at + ".attribute", "is required"));
            } else if (rule.attribute() == LeadAttribute.BUDGET ? rule.minimum() == null : isEmpty(rule.values())) {
                errors.add(new FieldError(
                        at, rule.attribute() == LeadAttribute.BUDGET ? "needs a minimum" : "needs at least one value"));
            }
            if (rule.points() < 0 || rule.points() > 100) {
                errors.add(new FieldError(at + ".points", "must be between 0 and 100"));
            }
        }
        model.engagementPoints().forEach((type, points) -> {
            if (points == null || points < 0 || points > 100) {
                errors.add(new FieldError("engagementPoints." + type, "must be between 0 and 100"));
            }
        });
        if (model.engagementCap() < 1 || model.engagementCap() > 100) {
            errors.add(new FieldError("engagementCap", "must be between 1 and 100"));
        }
        if (model.engagementWindowDays() < 1 || model.engagementWindowDays() > 90) {
            errors.add(new FieldError("engagementWindowDays", "must be between 1 and 90"));
        }
        ScoringModel.GradeBands bands = model.gradeBands();
        if (bands == null || !(bands.a() <= 100 && bands.a() > bands.b() && bands.b() > bands.c() && bands.c() > 0)) {
            errors.add(new FieldError("gradeBands", "must satisfy 100 >= a > b > c > 0"));
        }
        return errors;
    }

    private static boolean isEmpty(List<String> values) {
        return values == null || values.isEmpty() || values.stream().anyMatch(v -> v == null || v.isBlank());
    }
}
