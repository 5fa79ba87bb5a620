package io.crmsuite.crm.events.contact;

/** potential -&gt; awareness -&gt; purchase -&gt; loyal -&gt; churned. */
public enum LifecycleStage {
    POTENTIAL,
    AWARENESS,
    PURCHASE,
    LOYAL,
    CHURNED
}
