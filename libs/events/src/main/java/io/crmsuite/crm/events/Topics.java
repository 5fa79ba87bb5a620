package io.crmsuite.crm.events;

/** Kafka topics, one per aggregate, and the naming of each consumer's retry and dead-letter topics. */
public final class Topics {

    public static final String LEADS = "crm.leads";
    public static final String CONTACTS = "crm.contacts";
    public static final String OPPORTUNITIES = "crm.opportunities";

    private Topics() {}

    /**
     * {@code <topic>.<consumer>_retry_<delay ms>}, e.g. {@code crm.leads.contact-service_retry_10000}: a delayed retry
     * topic of SmallRye's {@code delayed-retry-topic} failure strategy, which reads the delay from the name's suffix.
     */
    public static String retry(String topic, String consumer, java.time.Duration delay) {
        return topic + "." + consumer + "_retry_" + delay.toMillis();
    }

    /** {@code <topic>.<consumer>.dlq}, e.g. {@code crm.leads.contact-service.dlq}. */
    public static String deadLetter(String topic, String consumer) {
        return topic + "." + consumer + ".dlq";
    }
}
