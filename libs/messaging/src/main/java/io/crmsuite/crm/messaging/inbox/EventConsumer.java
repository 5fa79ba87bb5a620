package io.crmsuite.crm.messaging.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Runs a consumer's handler for one Kafka record: reads the CloudEvent, runs the handler once per event id in one
 * transaction with the inbox row, then acks. A failure nacks the record, so the channel's failure strategy (delayed
 * retry topics, then the dead-letter topic with the failure headers) takes over: nothing is swallowed.
 *
 * <pre>
 * &#64;Incoming("contacts-in")
 * Uni&lt;Void&gt; onContactEvent(Message&lt;String&gt; message) {
 *     return consumer.process(message, "lead-service", event -&gt; switch (event.type()) { … });
 * }
 * </pre>
 */
@ApplicationScoped
public class EventConsumer {
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final Inbox inbox;
    private final MeterRegistry meters;

    public EventConsumer(Inbox inbox, MeterRegistry meters) {
        this.inbox = inbox;
        this.meters = meters;
    }

    public Uni<Void> process(Message<?> message, String consumer, Function<InboundEvent, Uni<Void>> handler) {
        InboundEvent event;
        try {
            event = InboundEvent.from(message);
        } catch (RuntimeException e) {
            return nack(message, consumer, "invalid", e);
        }
        return Panache.withTransaction(() -> inbox.once(consumer, event, () -> handler.apply(event)))
                .onItemOrFailure()
                .transformToUni((processed, failure) -> {
                    if (failure != null) {
                        return nack(message, consumer, event.type(), failure);
                    }
                    meters.counter(
                                    "crm.inbox.events",
                                    "consumer",
                                    consumer,
                                    "outcome",
                                    processed ? "processed" : "duplicate")
                            .increment();
                    return Uni.createFrom().completionStage(message.ack());
                });
    }

    private Uni<Void> nack(Message<?> message, String consumer, String type, Throwable failure) {
        meters.counter("crm.inbox.events", "consumer", consumer, "outcome", "failed")
                .increment();
        LOG.warnf("%s failed on %s: %s (retry, then dead-letter topic)", consumer, type, failure.toString());
        return Uni.createFrom().completionStage(message.nack(failure));
    }
}
