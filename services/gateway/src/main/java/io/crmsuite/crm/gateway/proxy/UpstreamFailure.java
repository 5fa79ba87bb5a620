package io.crmsuite.crm.gateway.proxy;

/** Why an upstream call produced no usable answer; each kind becomes its own problem+json status. */
public sealed class UpstreamFailure extends RuntimeException {

    UpstreamFailure(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /** No complete answer within the route's timeout: 504. */
    public static final class TimedOut extends UpstreamFailure {
        TimedOut(String upstream, long millis) {
            super(upstream + " gave no answer within " + millis + " ms", null);
        }
    }

    /** The circuit of the upstream is open: 503 at once, without calling it. */
    public static final class CircuitOpen extends UpstreamFailure {
        CircuitOpen(String upstream) {
            super(upstream + " is failing; calls are paused", null);
        }
    }

    /** Connection refused or lost: 502. */
    public static final class Unreachable extends UpstreamFailure {
        Unreachable(String upstream, Throwable cause) {
            super(upstream + " is unreachable", cause);
        }
    }

    /** The upstream answered 502/503/504 itself: relayed as is, but counted against its circuit. */
    public static final class OutageReply extends UpstreamFailure {
        private final transient UpstreamReply reply;

        OutageReply(UpstreamReply reply) {
            super("upstream answered " + reply.status(), null);
            this.reply = reply;
        }

        public UpstreamReply reply() {
            return reply;
        }
    }
}
