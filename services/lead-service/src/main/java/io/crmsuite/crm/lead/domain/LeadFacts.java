package io.crmsuite.crm.lead.domain;

import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.events.lead.SizeBand;
import java.math.BigDecimal;

/** What scoring and assignment look at: the lead's attributes, without personal data. */
public record LeadFacts(
        String industry,
        String region,
        SizeBand sizeBand,
        String productInterest,
        Seniority seniority,
        BigDecimal budget,
        LeadSource source) {}
