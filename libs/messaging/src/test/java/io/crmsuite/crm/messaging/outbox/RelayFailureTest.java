package io.crmsuite.crm.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

/** The one-line reason the relay logs and readiness shows. */
class RelayFailureTest {
    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void aRejectedLoginIsAnAuthenticationFailureWithTheClientsMessage() {
        RelayFailure failure = RelayFailure.of(
                new SaslAuthenticationException("Authentication failed during authentication due to invalid"
                        + " credentials with SASL mechanism SCRAM-SHA-512"),
                NOW);

        assertEquals(
                "authentication failed (SaslAuthenticationException: Authentication failed during authentication"
                        + " due to invalid credentials with SASL mechanism SCRAM-SHA-512)",
                failure.reason());
    }

    @Test
    void theKafkaCauseIsFoundBehindTheRelaysOwnWrapper() {
        RelayFailure failure = RelayFailure.of(
                new IllegalStateException(
                        "3 events not acknowledged", new TopicAuthorizationException("Not authorized: crm.leads")),
                NOW);

        assertEquals("not authorized (TopicAuthorizationException: Not authorized: crm.leads)", failure.reason());
    }

    @Test
    void aProducerThatCannotBeBuiltNamesTheBadSetting() {
        RelayFailure failure = RelayFailure.of(
                new KafkaException(
                        "Failed to construct kafka producer",
                        new ConfigException("Invalid value FOO for configuration security.protocol")),
                NOW);

        assertEquals("invalid Kafka client configuration", failure.kind());
        assertTrue(failure.detail().startsWith("ConfigException: Invalid value FOO"), failure.detail());
    }

    @Test
    void anUnreachableBrokerAndOtherErrorsAreNamedToo() {
        assertEquals(
                "Kafka did not answer in time",
                RelayFailure.of(new TimeoutException("Topic crm.leads not present in metadata after 1000 ms."), NOW)
                        .kind());
        RelayFailure database =
                RelayFailure.of(new IllegalStateException("Connection refused: 127.0.0.1:5432\n\tat more"), NOW);
        assertEquals(
                "publishing failed (IllegalStateException: Connection refused: 127.0.0.1:5432)", database.reason());
    }

    @Test
    void theReasonIsOneBoundedLine() {
        RelayFailure failure = RelayFailure.of(new KafkaException("x".repeat(1_000) + "\nsecond line"), NOW);

        assertFalse(failure.reason().contains("\n"));
        assertTrue(failure.reason().length() < 400, failure.reason());
    }

    @Test
    void kindsCompareAndAgeCounts() {
        RelayFailure auth = RelayFailure.of(new SaslAuthenticationException("a"), NOW);
        RelayFailure authAgain = RelayFailure.of(new SaslAuthenticationException("b"), NOW.plusSeconds(1));
        RelayFailure timeout = RelayFailure.of(new TimeoutException("t"), NOW);

        assertTrue(authAgain.sameKindAs(auth));
        assertFalse(timeout.sameKindAs(auth));
        assertFalse(auth.sameKindAs(null));
        assertEquals(Duration.ofSeconds(5), auth.age(NOW.plusSeconds(5)));
    }
}
