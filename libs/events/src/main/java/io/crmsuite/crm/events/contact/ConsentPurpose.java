package io.crmsuite.crm.events.contact;

/** What a consent is for. */
public enum ConsentPurpose {
    MARKETING,
    SERVICE,
    SALES,
    PROFILING
}
