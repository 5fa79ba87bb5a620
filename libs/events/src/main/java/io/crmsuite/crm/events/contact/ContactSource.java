package io.crmsuite.crm.events.contact;

/** How a contact came to exist. */
public enum ContactSource {
    LEAD_CONVERSION,
    MANUAL,
    IMPORT,
    PARTNER_API,
    OTHER
}
