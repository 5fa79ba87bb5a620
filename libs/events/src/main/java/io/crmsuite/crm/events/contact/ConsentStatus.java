package io.crmsuite.crm.events.contact;

/** A consent decision. */
public enum ConsentStatus {
    GRANTED,
    WITHDRAWN
}
