package io.crmsuite.crm.events.lead;

/** Where a lead came from. */
public enum LeadSource {
    WEB_FORM,
    PARTNER_API,
    IMPORT,
    TRADE_SHOW,
    SOCIAL,
    CAMPAIGN,
    REFERRAL,
    OTHER
}
