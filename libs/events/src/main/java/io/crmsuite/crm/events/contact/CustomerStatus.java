package io.crmsuite.crm.events.contact;

/** Customer classification: not yet bought, buying, stopped buying. */
public enum CustomerStatus {
    POTENTIAL,
    EXISTING,
    LAPSED
}
