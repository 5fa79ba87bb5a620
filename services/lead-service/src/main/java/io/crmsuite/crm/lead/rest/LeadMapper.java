package io.crmsuite.crm.lead.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.contactpoints.ContactPoints;
import io.crmsuite.crm.events.lead.ConversionFailureReason;
import io.crmsuite.crm.events.lead.ConversionProblem;
import io.crmsuite.crm.events.lead.ScoreReason;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.LeadFacts;
import io.crmsuite.crm.lead.domain.LeadInteraction;
import io.crmsuite.crm.lead.domain.Seniority;
import io.crmsuite.crm.lead.domain.SizeBands;
import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one place where leads become views and requests become lead fields. */
public final class LeadMapper {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<ScoreReason>> REASONS = new TypeReference<>() {};
    private static final TypeReference<List<ConversionProblem>> PROBLEMS = new TypeReference<>() {};

    private LeadMapper() {}

    public static LeadFacts facts(Lead lead) {
        return new LeadFacts(
                lead.industry,
                lead.region,
                lead.sizeBand,
                lead.productInterest,
                Seniority.of(lead.title),
                lead.budgetAmount,
                lead.source);
    }

    /**
     * How a phone is read: a number without a country code in the lead's country, else in {@code defaultCountry}; one
     * that is still not a valid number is a 400, unless {@code keepUnreadable} (the public web form: a visitor's lead
     * is never lost over a format) — then it is kept as typed, unverified, and the lead has no E.164 phone.
     */
    public record PhoneReading(String defaultCountry, boolean keepUnreadable) {}

    /**
     * Copies the writable fields; email and phone are validated and normalised (400 naming the field). A phone kept
     * unverified before and sent back unchanged (a merge-patch of other fields) stays as it is.
     */
    public static void apply(LeadInput input, Lead lead, Instant now, PhoneReading reading) {
        List<FieldError> errors = new ArrayList<>();
        String email = blankToNull(input.email());
        String normalizedEmail = null;
        if (email != null) {
            normalizedEmail = ContactPoints.email(email).orElse(null);
            if (normalizedEmail == null) {
                errors.add(new FieldError("email", "is not a valid email address"));
            }
        }
        String phone = blankToNull(input.phone());
        String e164 = null;
        String unverified = null;
        if (phone != null) {
            String country = input.country() == null ? reading.defaultCountry() : input.country();
            e164 = ContactPoints.phone(phone, country).orElse(null);
            if (e164 == null && (reading.keepUnreadable() || phone.strip().equals(lead.phoneUnverified))) {
                unverified = phone.strip();
            } else if (e164 == null) {
                errors.add(new FieldError(
                        "phone",
                        "is not a valid phone number (use E.164 such as +8613800138000; a number without a country"
                                + " code is read in the lead's country, else in " + reading.defaultCountry() + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.validation(errors);
        }
        lead.name = input.name().trim();
        lead.company = blankToNull(input.company());
        lead.title = blankToNull(input.title());
        lead.email = email == null ? null : email.trim();
        lead.emailNormalized = normalizedEmail;
        lead.phone = e164;
        lead.phoneUnverified = unverified;
        lead.region = input.region().trim();
        lead.country = input.country() == null ? null : input.country().toUpperCase(Locale.ROOT);
        lead.industry = blankToNull(input.industry());
        lead.companySize = input.companySize();
        lead.sizeBand = SizeBands.of(input.companySize());
        lead.productInterest = blankToNull(input.productInterest());
        lead.budgetAmount = input.budget() == null ? null : input.budget().amount();
        lead.budgetCurrency = input.budget() == null ? null : input.budget().currency();
        lead.campaignId = input.campaignId();
        Utm utm = input.utm();
        lead.utmSource = utm == null ? null : utm.source();
        lead.utmMedium = utm == null ? null : utm.medium();
        lead.utmCampaign = utm == null ? null : utm.campaign();
        lead.utmTerm = utm == null ? null : utm.term();
        lead.utmContent = utm == null ? null : utm.content();
        ConsentInput consent = input.consent();
        if (consent != null
                && (consent.given() != lead.consentGiven
                        || !java.util.Objects.equals(consent.text(), lead.consentText))) {
            lead.consentGiven = consent.given();
            lead.consentText = consent.text();
            lead.consentAt = now;
        }
        lead.notes = input.notes();
        lead.updatedAt = now;
    }

    /** The conversion in progress or done, else the last refused one, else null. */
    private static LeadView.Conversion conversion(Lead lead) {
        if (lead.conversionId != null) {
            return new LeadView.Conversion(
                    lead.conversionId,
                    lead.convertedAt == null ? "PENDING" : "COMPLETED",
                    lead.convertedContactId,
                    lead.convertedAccountId,
                    lead.conversionRequestedAt,
                    lead.convertedAt,
                    null);
        }
        if (lead.conversionFailedAt == null) {
            return null;
        }
        return new LeadView.Conversion(
                null,
                "FAILED",
                null,
                null,
                lead.conversionRequestedAt,
                null,
                new LeadView.ConversionFailure(
                        ConversionFailureReason.valueOf(lead.conversionFailureReason),
                        lead.conversionFailureMessage,
                        problems(lead.conversionFailureErrors),
                        lead.conversionFailedAt));
    }

    private static List<ConversionProblem> problems(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, PROBLEMS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored conversion failure is unreadable", e);
        }
    }

    /** The writable fields of a lead, as the base of a merge-patch. */
    public static LeadInput toInput(Lead lead) {
        return new LeadInput(
                lead.name,
                lead.company,
                lead.title,
                lead.email,
                lead.phone != null ? lead.phone : lead.phoneUnverified,
                lead.region,
                lead.country,
                lead.industry,
                lead.companySize,
                lead.productInterest,
                lead.budgetAmount == null ? null : new MoneyInput(lead.budgetAmount, lead.budgetCurrency),
                lead.source,
                lead.campaignId,
                utm(lead),
                new ConsentInput(lead.consentGiven, lead.consentText),
                lead.notes,
                lead.externalId);
    }

    public static LeadView toView(Lead lead) {
        return new LeadView(
                lead.id,
                lead.version,
                lead.name,
                lead.company,
                lead.title,
                lead.email,
                lead.phone != null ? lead.phone : lead.phoneUnverified,
                lead.phone != null ? Boolean.TRUE : lead.phoneUnverified != null ? Boolean.FALSE : null,
                lead.region,
                lead.country,
                lead.industry,
                lead.companySize,
                lead.sizeBand,
                lead.productInterest,
                lead.budgetAmount == null ? null : new MoneyInput(lead.budgetAmount, lead.budgetCurrency),
                lead.source,
                lead.campaignId,
                utm(lead),
                new LeadView.ConsentView(lead.consentGiven, lead.consentText, lead.consentAt),
                lead.notes,
                lead.status,
                lead.statusReason,
                lead.externalId,
                lead.submittedBy,
                lead.matchedContactId,
                new LeadView.Score(
                        lead.score,
                        lead.grade,
                        lead.fit,
                        lead.engagement,
                        lead.modelVersion,
                        reasons(lead.scoreReasons),
                        lead.scoredAt),
                new LeadView.Assignment(
                        lead.ownerId,
                        lead.team,
                        lead.assignmentRuleId,
                        lead.assignmentRuleName,
                        lead.assignedAt,
                        lead.firstResponseDueAt,
                        lead.firstRespondedAt,
                        lead.slaBreachedAt),
                conversion(lead),
                lead.createdAt,
                lead.updatedAt);
    }

    public static InteractionView toView(LeadInteraction interaction) {
        return new InteractionView(
                interaction.id, interaction.type, interaction.occurredAt, interaction.detail, interaction.recordedBy);
    }

    public static List<ScoreReason> reasons(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, REASONS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored score reasons are unreadable", e);
        }
    }

    private static Utm utm(Lead lead) {
        if (lead.utmSource == null
                && lead.utmMedium == null
                && lead.utmCampaign == null
                && lead.utmTerm == null
                && lead.utmContent == null) {
            return null;
        }
        return new Utm(lead.utmSource, lead.utmMedium, lead.utmCampaign, lead.utmTerm, lead.utmContent);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
