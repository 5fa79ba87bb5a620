package io.crmsuite.crm.events.lead;

/** Company size by head count: micro &lt; 10, small &lt; 50, medium &lt; 250, large &lt; 1000, enterprise above. */
public enum SizeBand {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE,
    ENTERPRISE
}
