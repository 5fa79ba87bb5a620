package io.crmsuite.crm.gateway.customer;

/** How one part of the 360 view ended. */
public record PartResult(String name, Outcome outcome, Object value, int status, String reason) {

    public enum Outcome {
        SHOWN,
        /** The owning service refused it to this caller (403/404): left out without a trace of its content. */
        WITHHELD,
        /** Slow, failing or unreachable: left out and named in {@code degraded}. */
        DEGRADED,
        /** Nothing to fetch (a contact without an account). */
        ABSENT
    }

    static PartResult shown(String name, Object value) {
        return new PartResult(name, Outcome.SHOWN, value, 200, null);
    }

    static PartResult withheld(String name, int status) {
        return new PartResult(name, Outcome.WITHHELD, null, status, null);
    }

    static PartResult degraded(String name, String reason) {
        return new PartResult(name, Outcome.DEGRADED, null, 0, reason);
    }

    static PartResult absent(String name) {
        return new PartResult(name, Outcome.ABSENT, null, 0, null);
    }
}
