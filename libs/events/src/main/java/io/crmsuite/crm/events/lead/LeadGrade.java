package io.crmsuite.crm.events.lead;

/** Score bands, A best. */
public enum LeadGrade {
    A,
    B,
    C,
    D
}
