package io.crmsuite.crm.events;

/** Kafka topics, one per aggregate, and the naming of each consumer's retry and dead-letter topics. */
public final class Topics {

    public static final String LEADS = "crm.leads";
    public static final String CONTACTS = "crm.contacts";
    public static final String OPPORTUNITIES = "crm.opportunities";

    private Topics() {}

    /** {@code <topic>.<consumer>.retry}, e.g. {@code crm.leads.contact-service.retry}. */
    public static String retry(String topic, String consumer) {
        return topic + "." + consumer + ".retry";
    }

    /** {@code <topic>.<consumer>.dlq}, e.g. {@code crm.leads.contact-service.dlq}. */
    public static String deadLetter(String topic, String consumer) {
        return topic + "." + consumer + ".dlq";
    }
}
