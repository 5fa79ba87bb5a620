package io.crmsuite.crm.lead.domain;

/** What a lead did; each type earns engagement points in the scoring model. */
public enum InteractionType {
    EMAIL_OPENED,
    PAGE_VISIT,
    FORM_SUBMITTED,
    CALL,
    MEETING,
    EVENT_ATTENDED
}
