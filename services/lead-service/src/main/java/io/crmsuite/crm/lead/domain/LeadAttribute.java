package io.crmsuite.crm.lead.domain;

/** The lead attributes a fit rule can test. */
public enum LeadAttribute {
    INDUSTRY,
    REGION,
    COMPANY_SIZE,
    PRODUCT_INTEREST,
    TITLE_SENIORITY,
    BUDGET
}
