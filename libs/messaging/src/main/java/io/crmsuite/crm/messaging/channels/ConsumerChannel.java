package io.crmsuite.crm.messaging.channels;

import io.crmsuite.crm.events.Topics;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One consumer channel declared in one line, {@code crm.messaging.consume.<channel>=<topic>@<consumer>}, and the
 * SmallRye Kafka settings it stands for (the project's conventions, README "Events: outbox and inbox"):
 *
 * <pre>
 * mp.messaging.incoming.&lt;channel&gt;.connector=smallrye-kafka
 * mp.messaging.incoming.&lt;channel&gt;.topic=&lt;topic&gt;
 * mp.messaging.incoming.&lt;channel&gt;.group.id=&lt;consumer&gt;
 * mp.messaging.incoming.&lt;channel&gt;.auto.offset.reset=earliest
 * mp.messaging.incoming.&lt;channel&gt;.value.deserializer=org.apache.kafka.common.serialization.StringDeserializer
 * mp.messaging.incoming.&lt;channel&gt;.failure-strategy=delayed-retry-topic
 * mp.messaging.incoming.&lt;channel&gt;.delayed-retry-topic.topics=&lt;topic&gt;.&lt;consumer&gt;_retry_&lt;ms&gt;,… (one per retry delay)
 * mp.messaging.incoming.&lt;channel&gt;.delayed-retry-topic.max-retries=&lt;crm.messaging.max-retries&gt;
 * mp.messaging.incoming.&lt;channel&gt;.dead-letter-queue.topic=&lt;topic&gt;.&lt;consumer&gt;.dlq
 * </pre>
 *
 * The consumer is the consuming service's name: its consumer group and the middle of its retry and dead-letter topic
 * names (the name its code passes to {@code EventConsumer.process}).
 */
public record ConsumerChannel(String channel, String topic, String consumer) {
    /** Characters Kafka allows in a topic name (and so in a consumer name that becomes part of one). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    public ConsumerChannel {
        if (!NAME.matcher(topic).matches() || !NAME.matcher(consumer).matches()) {
            throw new IllegalArgumentException("invalid topic or consumer name in channel " + channel);
        }
    }

    /** Reads {@code <topic>@<consumer>}, e.g. {@code crm.contacts@lead-service}. */
    public static ConsumerChannel parse(String channel, String declaration) {
        String value = declaration.strip();
        int at = value.indexOf('@');
        if (at <= 0 || at == value.length() - 1 || value.indexOf('@', at + 1) >= 0) {
            throw new IllegalArgumentException(ConsumerChannelsConfigSourceFactory.PREFIX + channel + "=" + declaration
                    + ": expected <topic>@<consumer>, e.g. crm.contacts@lead-service");
        }
        String topic = value.substring(0, at).strip();
        String consumer = value.substring(at + 1).strip();
        if (!NAME.matcher(topic).matches() || !NAME.matcher(consumer).matches()) {
            throw new IllegalArgumentException(ConsumerChannelsConfigSourceFactory.PREFIX + channel + "=" + declaration
                    + ": topic and consumer may hold letters, digits, '.', '_' and '-' only");
        }
        return new ConsumerChannel(channel, topic, consumer);
    }

    /** The {@code mp.messaging.incoming.<channel>.*} settings, in a stable order. */
    public Map<String, String> properties(RetryPolicy retries) {
        Map<String, String> props = new LinkedHashMap<>();
        String prefix = "mp.messaging.incoming." + channel + ".";
        props.put(prefix + "connector", "smallrye-kafka");
        props.put(prefix + "topic", topic);
        props.put(prefix + "group.id", consumer);
        props.put(prefix + "auto.offset.reset", "earliest");
        props.put(prefix + "value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        props.put(prefix + "failure-strategy", "delayed-retry-topic");
        props.put(
                prefix + "delayed-retry-topic.topics",
                retries.delays().stream()
                        .map(delay -> Topics.retry(topic, consumer, delay))
                        .collect(Collectors.joining(",")));
        props.put(prefix + "delayed-retry-topic.max-retries", Integer.toString(retries.maxRetries()));
        props.put(prefix + "dead-letter-queue.topic", Topics.deadLetter(topic, consumer));
        return props;
    }
}
