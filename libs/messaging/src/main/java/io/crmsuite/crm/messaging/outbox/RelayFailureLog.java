package io.crmsuite.crm.messaging.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The relay's current failure: logged once per kind, in one WARN line without a stack trace (repeats of a kind at
 * DEBUG), kept with the time the relay started failing (a change of kind keeps it) for the readiness check, and
 * cleared with one INFO line when a round succeeds again.
 */
final class RelayFailureLog {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private volatile RelayFailure current;

    Optional<RelayFailure> current() {
        return Optional.ofNullable(current);
    }

    void failed(Throwable error, Duration backoff, Duration maxBackoff, Instant now) {
        RelayFailure previous = current;
        RelayFailure failure = RelayFailure.of(error, now);
        if (failure.sameKindAs(previous)) {
            LOG.debugf("outbox relay still cannot publish: %s", failure.reason());
            return;
        }
        current = previous == null ? failure : new RelayFailure(failure.kind(), failure.detail(), previous.since());
        LOG.warnf(
                "outbox relay cannot publish: %s; retrying with backoff from %s up to %s",
                failure.reason(), backoff, maxBackoff);
    }

    void published(Instant now) {
        RelayFailure previous = current;
        if (previous != null) {
            current = null;
            LOG.infof(
                    "outbox relay publishing again after %d s",
                    previous.age(now).toSeconds());
        }
    }
}
