package io.crmsuite.crm.lead.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What lead-service's audit trail records of a lead: the fields a person or an integration sets or changes, as text
 * (the computed ones — score, grade, search text — have their own history or none).
 */
public final class LeadAudit {
    /** {@code audit_entry.record_type} of a lead. */
    public static final String LEAD = "lead";

    /** Audited fields that are not personal: an erasure keeps their values in the trail. */
    public static final List<String> NOT_PERSONAL = List.of(
            "company",
            "region",
            "country",
            "industry",
            "companySize",
            "productInterest",
            "budget",
            "source",
            "campaignId",
            "consentGiven",
            "status",
            "ownerId",
            "team",
            "convertedContactId",
            "convertedAccountId");

    private LeadAudit() {}

    /** The audited fields, in a fixed order, as text (null when unset). */
    public static Map<String, String> snapshot(Lead lead) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("name", lead.name);
        s.put("company", lead.company);
        s.put("title", lead.title);
        s.put("email", lead.email);
        s.put("phone", lead.phone != null ? lead.phone : lead.phoneUnverified);
        s.put("region", lead.region);
        s.put("country", lead.country);
        s.put("industry", lead.industry);
        s.put("companySize", text(lead.companySize));
        s.put("productInterest", lead.productInterest);
        s.put(
                "budget",
                lead.budgetAmount == null ? null : lead.budgetAmount.toPlainString() + " " + lead.budgetCurrency);
        s.put("source", text(lead.source));
        s.put("campaignId", text(lead.campaignId));
        s.put("consentGiven", String.valueOf(lead.consentGiven));
        s.put("notes", lead.notes);
        s.put("status", text(lead.status));
        s.put("statusReason", lead.statusReason);
        s.put("ownerId", lead.ownerId);
        s.put("team", lead.team);
        s.put("convertedContactId", text(lead.convertedContactId));
        s.put("convertedAccountId", text(lead.convertedAccountId));
        return s;
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
