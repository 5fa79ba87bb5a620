package io.crmsuite.crm.events;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding in binary mode: the attributes travel as
 * {@code ce_*} headers, the record value is the JSON payload and the record key is the aggregate id.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String SPEC_VERSION_VALUE = "1.0";
    /** A UUID, unique per event; consumers dedupe on it. */
    public static final String ID = "ce_id";
    /** The producing service, e.g. {@code lead-service}. */
    public static final String SOURCE = "ce_source";
    /** {@code crm.<aggregate>.<event>.vN}, see {@link CrmEvent#type()}. */
    public static final String TYPE = "ce_type";
    /** The aggregate id, equal to the record key. */
    public static final String SUBJECT = "ce_subject";
    /** When the fact happened, RFC 3339 in UTC. */
    public static final String TIME = "ce_time";
    /** In binary mode {@code datacontenttype} maps to the plain {@code content-type} header. */
    public static final String CONTENT_TYPE = "content-type";

    public static final String CONTENT_TYPE_JSON = "application/json";
    /** W3C trace context, so one trace spans HTTP and Kafka. */
    public static final String TRACEPARENT = "traceparent";

    private CloudEventHeaders() {}
}
