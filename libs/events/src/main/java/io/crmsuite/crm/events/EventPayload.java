package io.crmsuite.crm.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The data of an event. Every implementation is a record annotated with {@link CrmEvent}. */
public interface EventPayload {

    /** The id of the aggregate the event is about: the CloudEvents subject and the Kafka record key. */
    @JsonIgnore
    String aggregateId();
}
