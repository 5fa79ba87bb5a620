package io.crmsuite.crm.events.lead;

public enum LeadStatus {
    NEW,
    WORKING,
    NURTURING,
    QUALIFIED,
    CONVERSION_PENDING,
    CONVERTED,
    DISQUALIFIED,
    RECYCLED
}
