package io.crmsuite.crm.lead.domain;

import io.crmsuite.crm.events.lead.SizeBand;

/** Head count to {@link SizeBand}: micro &lt; 10, small &lt; 50, medium &lt; 250, large &lt; 1000, enterprise above. */
public final class SizeBands {
    private SizeBands() {}

    public static SizeBand of(Integer headCount) {
        if (headCount == null) {
            return null;
        }
        if (headCount < 10) {
            return SizeBand.MICRO;
        }
        if (headCount < 50) {
            return SizeBand.SMALL;
        }
        if (headCount < 250) {
            return SizeBand.MEDIUM;
        }
        return headCount < 1000 ? SizeBand.LARGE : SizeBand.ENTERPRISE;
    }
}
