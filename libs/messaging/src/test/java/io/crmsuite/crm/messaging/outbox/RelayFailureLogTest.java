package io.crmsuite.crm.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** What readiness sees of the relay's failures: the reason, and since when it has been failing. */
class RelayFailureLogTest {
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private static final Duration BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX = Duration.ofSeconds(10);

    @Test
    void aFailureIsKeptFromItsFirstRoundUntilARoundSucceeds() {
        RelayFailureLog log = new RelayFailureLog();
        assertTrue(log.current().isEmpty());

        log.failed(new SaslAuthenticationException("bad credentials"), BACKOFF, MAX, T0);
        log.failed(new SaslAuthenticationException("bad credentials again"), BACKOFF, MAX, T0.plusSeconds(5));

        RelayFailure failure = log.current().orElseThrow();
        assertEquals("authentication failed (SaslAuthenticationException: bad credentials)", failure.reason());
        assertEquals(Duration.ofSeconds(7), failure.age(T0.plusSeconds(7)), "failing since the first round");

        log.published(T0.plusSeconds(8));
        assertTrue(log.current().isEmpty());
    }

    @Test
    void anotherKindOfFailureTakesOverTheReasonButNotTheStart() {
        RelayFailureLog log = new RelayFailureLog();
        log.failed(new TimeoutException("no broker"), BACKOFF, MAX, T0);
        log.failed(new SaslAuthenticationException("bad credentials"), BACKOFF, MAX, T0.plusSeconds(3));

        RelayFailure failure = log.current().orElseThrow();
        assertEquals("authentication failed", failure.kind());
        assertEquals(T0, failure.since());
    }
}
