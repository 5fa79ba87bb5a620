package io.crmsuite.crm.lead.rest;

import io.crmsuite.crm.events.lead.ConversionFailureReason;
import io.crmsuite.crm.events.lead.ConversionProblem;
import io.crmsuite.crm.events.lead.LeadGrade;
import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.events.lead.LeadStatus;
import io.crmsuite.crm.events.lead.ScoreReason;
import io.crmsuite.crm.events.lead.SizeBand;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead as the API shows it; {@code version} is also the ETag. */
public record LeadView(
        UUID id,
        long version,
        String name,
        String company,
        String title,
        String email,

        @Schema(
                description = "E.164 when verified; a phone the public web form could not read is shown as"
                        + " typed, with phoneVerified false (it is not used for duplicate detection, nor sent"
                        + " on with a conversion, until it is corrected)")
        String phone,

        @Schema(description = "Whether phone is a valid number in E.164; absent without a phone")
        Boolean phoneVerified,

        String region,
        String country,
        String industry,
        Integer companySize,
        SizeBand sizeBand,
        String productInterest,
        MoneyInput budget,
        LeadSource source,
        UUID campaignId,
        Utm utm,
        ConsentView consent,
        String notes,
        LeadStatus status,
        String statusReason,
        String externalId,
        String submittedBy,
        UUID matchedContactId,
        Score score,
        Assignment assignment,
        Conversion conversion,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "LeadConsent")
    public record ConsentView(boolean given, String text, Instant capturedAt) {}

    /** The explainable score: fit and engagement (0-100), the model version and each rule's points. */
    @Schema(name = "LeadScore")
    public record Score(
            Integer score,
            LeadGrade grade,
            Integer fit,
            Integer engagement,
            Integer modelVersion,
            List<ScoreReason> reasons,
            Instant scoredAt) {}

    @Schema(name = "LeadAssignment")
    public record Assignment(
            String ownerId,
            String team,
            UUID ruleId,
            String ruleName,
            Instant assignedAt,
            Instant firstResponseDueAt,
            Instant firstRespondedAt,
            Instant slaBreachedAt) {}

    /**
     * PENDING until the contact service confirms, then COMPLETED with the contact and account; FAILED when it refused
     * the conversion (the lead is back in the status it had, and can be converted again once fixed).
     */
    @Schema(name = "LeadConversion")
    public record Conversion(
            UUID conversionId,

            @Schema(enumeration = {"PENDING", "COMPLETED", "FAILED"})
            String status,

            UUID contactId,
            UUID accountId,
            Instant requestedAt,
            Instant completedAt,
            ConversionFailure failure) {}

    /** Why the contact service refused the last conversion, and which fields of the person it refused. */
    @Schema(name = "LeadConversionFailure")
    public record ConversionFailure(
            ConversionFailureReason reason, String message, List<ConversionProblem> errors, Instant failedAt) {}
}
