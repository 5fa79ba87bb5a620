package io.crmsuite.crm.lead.domain;

import io.crmsuite.crm.events.lead.LeadGrade;
import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.events.lead.LeadStatus;
import io.crmsuite.crm.events.lead.SizeBand;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A lead: who, from where, its score (with the model version and reasons), owner, first-response SLA, conversion. */
@Entity
@Table(name = "lead")
public class Lead extends PanacheEntityBase {
    @Id
    public UUID id;

    @Version
    public long version;

    public String name;
    public String company;
    public String title;
    public String email;

    @Column(name = "email_normalized")
    public String emailNormalized;

    /** E.164; null when there is no phone or only an unverified one. */
    public String phone;

    /** A phone the web form kept as typed because it could not be read as a number (then {@code phone} is null). */
    @Column(name = "phone_unverified")
    public String phoneUnverified;

    /**
     * Name, company and email in lower case and the phone's digits: what {@code q} searches. Computed by the
     * database (a stored generated column), never written by the service.
     */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    public String region;
    public String country;
    public String industry;

    @Column(name = "company_size")
    public Integer companySize;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_band")
    public SizeBand sizeBand;

    @Column(name = "product_interest")
    public String productInterest;

    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;

    @Column(name = "budget_currency")
    public String budgetCurrency;

    @Enumerated(EnumType.STRING)
    public LeadSource source;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "utm_source")
    public String utmSource;

    @Column(name = "utm_medium")
    public String utmMedium;

    @Column(name = "utm_campaign")
    public String utmCampaign;

    @Column(name = "utm_term")
    public String utmTerm;

    @Column(name = "utm_content")
    public String utmContent;

    @Column(name = "consent_given")
    public boolean consentGiven;

    @Column(name = "consent_text")
    public String consentText;

    @Column(name = "consent_at")
    public Instant consentAt;

    public String notes;

    @Enumerated(EnumType.STRING)
    public LeadStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "owner_id")
    public String ownerId;

    public String team;
    public Integer score;

    @Enumerated(EnumType.STRING)
    public LeadGrade grade;

    public Integer fit;
    public Integer engagement;

    /** JSON array of {code, points}. */
    @Column(name = "score_reasons")
    public String scoreReasons;

    @Column(name = "model_version")
    public Integer modelVersion;

    @Column(name = "scored_at")
    public Instant scoredAt;

    @Column(name = "engagement_expires_at")
    public Instant engagementExpiresAt;

    @Column(name = "assignment_rule_id")
    public UUID assignmentRuleId;

    @Column(name = "assignment_rule_name")
    public String assignmentRuleName;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Column(name = "first_response_due_at")
    public Instant firstResponseDueAt;

    @Column(name = "first_responded_at")
    public Instant firstRespondedAt;

    @Column(name = "sla_breached_at")
    public Instant slaBreachedAt;

    @Column(name = "external_id")
    public String externalId;

    /** A user's subject, {@code client:<id>} for a partner, {@code web-form} or the importing user. */
    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitter_kind")
    public String submitterKind;

    @Column(name = "matched_contact_id")
    public UUID matchedContactId;

    @Column(name = "conversion_id")
    public UUID conversionId;

    /** JSON of the accepted conversion request, so a repeated convert answers the same. */
    @Column(name = "conversion_request")
    public String conversionRequest;

    @Column(name = "conversion_requested_at")
    public Instant conversionRequestedAt;

    /** The status a pending conversion goes back to when the contact service refuses it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_conversion")
    public LeadStatus statusBeforeConversion;

    /** The last refused conversion (cleared by the next conversion). */
    @Column(name = "conversion_failed_at")
    public Instant conversionFailedAt;

    @Column(name = "conversion_failure_reason")
    public String conversionFailureReason;

    @Column(name = "conversion_failure_message")
    public String conversionFailureMessage;

    /** JSON array of the refused fields ({@code field}, {@code message}). */
    @Column(name = "conversion_failure_errors")
    public String conversionFailureErrors;

    @Column(name = "converted_contact_id")
    public UUID convertedContactId;

    @Column(name = "converted_account_id")
    public UUID convertedAccountId;

    @Column(name = "converted_at")
    public Instant convertedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
