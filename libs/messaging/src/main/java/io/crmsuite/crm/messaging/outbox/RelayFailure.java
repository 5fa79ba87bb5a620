package io.crmsuite.crm.messaging.outbox;

import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Why the relay cannot publish, in one line (readiness and the log show it), and since when. The kind names the
 * cause an operator acts on (credentials, ACLs, configuration, an unreachable broker); the detail is the Kafka
 * client's own exception and message, without its stack trace.
 */
record RelayFailure(String kind, String detail, Instant since) {
    private static final int MAX_DETAIL = 300;

    static RelayFailure of(Throwable error, Instant now) {
        Throwable cause = kafkaCause(error);
        String kind =
                switch (cause) {
                    case AuthenticationException e -> "authentication failed";
                    case AuthorizationException e -> "not authorized";
                    case ConfigException e -> "invalid Kafka client configuration";
                    case TimeoutException e -> "Kafka did not answer in time";
                    default -> "publishing failed";
                };
        return new RelayFailure(kind, describe(cause), now);
    }

    /** The same failure continuing: the kind is unchanged and the start time kept. */
    boolean sameKindAs(RelayFailure other) {
        return other != null && kind.equals(other.kind);
    }

    /** e.g. {@code authentication failed (SaslAuthenticationException: Authentication failed …)}. */
    String reason() {
        return kind + " (" + detail + ")";
    }

    Duration age(Instant now) {
        return Duration.between(since, now);
    }

    /** The most specific Kafka exception in the chain (past "Failed to construct kafka producer" wrappers). */
    private static Throwable kafkaCause(Throwable error) {
        Throwable found = error;
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof KafkaException) {
                found = t;
            }
        }
        return found;
    }

    private static String describe(Throwable cause) {
        String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
        String text = cause.getClass().getSimpleName() + ": " + message;
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
    }
}
