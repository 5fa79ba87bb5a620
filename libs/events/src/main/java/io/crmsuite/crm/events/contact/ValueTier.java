package io.crmsuite.crm.events.contact;

/** ABC value tier: A is the top 10-15 % of customers by trailing revenue. */
public enum ValueTier {
    A,
    B,
    C
}
