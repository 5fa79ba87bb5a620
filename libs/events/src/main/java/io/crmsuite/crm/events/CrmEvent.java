package io.crmsuite.crm.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Binds an event record to its CloudEvents type and its Kafka topic. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CrmEvent {

    /** {@code crm.<aggregate>.<event-in-kebab-case>.v<N>}, e.g. {@code crm.lead.captured.v1}. */
    String type();

    /** One of {@link Topics}: {@code crm.<aggregate>s}. */
    String topic();
}
