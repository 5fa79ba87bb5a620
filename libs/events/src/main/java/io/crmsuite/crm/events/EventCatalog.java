package io.crmsuite.crm.events;

import io.crmsuite.crm.events.contact.ContactAccountMerged;
import io.crmsuite.crm.events.contact.ContactConsentChanged;
import io.crmsuite.crm.events.contact.ContactConversionFailed;
import io.crmsuite.crm.events.contact.ContactCreated;
import io.crmsuite.crm.events.contact.ContactCreatedV2;
import io.crmsuite.crm.events.contact.ContactErased;
import io.crmsuite.crm.events.contact.ContactErasureRequested;
import io.crmsuite.crm.events.contact.ContactInactive;
import io.crmsuite.crm.events.contact.ContactLifecycleChanged;
import io.crmsuite.crm.events.contact.ContactMerged;
import io.crmsuite.crm.events.contact.ContactOwnerChanged;
import io.crmsuite.crm.events.contact.ContactTaskReminderDue;
import io.crmsuite.crm.events.contact.ContactTierChanged;
import io.crmsuite.crm.events.contact.ContactUpdated;
import io.crmsuite.crm.events.contact.ContactUpdatedV2;
import io.crmsuite.crm.events.lead.LeadAssigned;
import io.crmsuite.crm.events.lead.LeadCaptured;
import io.crmsuite.crm.events.lead.LeadConversionFailed;
import io.crmsuite.crm.events.lead.LeadConverted;
import io.crmsuite.crm.events.lead.LeadErasureCompleted;
import io.crmsuite.crm.events.lead.LeadInboxSlaBreached;
import io.crmsuite.crm.events.lead.LeadScored;
import io.crmsuite.crm.events.lead.LeadSlaBreached;
import io.crmsuite.crm.events.lead.LeadStatusChanged;
import io.crmsuite.crm.events.opportunity.OpportunityWon;
import io.crmsuite.crm.events.opportunity.OpportunityWonV2;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event this platform publishes, with lookups between record classes and CloudEvents types. */
public final class EventCatalog {

    public static final List<Class<? extends EventPayload>> ALL = List.of(
            LeadCaptured.class,
            LeadScored.class,
            LeadAssigned.class,
            LeadStatusChanged.class,
            LeadConverted.class,
            LeadSlaBreached.class,
            LeadInboxSlaBreached.class,
            LeadConversionFailed.class,
            LeadErasureCompleted.class,
            ContactConversionFailed.class,
            ContactCreated.class,
            ContactCreatedV2.class,
            ContactUpdated.class,
            ContactUpdatedV2.class,
            ContactConsentChanged.class,
            ContactErasureRequested.class,
            ContactMerged.class,
            ContactAccountMerged.class,
            ContactErased.class,
            ContactOwnerChanged.class,
            ContactLifecycleChanged.class,
            ContactTierChanged.class,
            ContactInactive.class,
            ContactTaskReminderDue.class,
            OpportunityWon.class,
            OpportunityWonV2.class);

    private static final Map<String, Class<? extends EventPayload>> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventCatalog::typeOf, Function.identity()));

    private EventCatalog() {}

    public static String typeOf(Class<?> eventClass) {
        return annotationOf(eventClass).type();
    }

    public static String topicOf(Class<?> eventClass) {
        return annotationOf(eventClass).topic();
    }

    /** The record class of a CloudEvents type; empty for a type this version does not know. */
    public static Optional<Class<? extends EventPayload>> classOf(String type) {
        return Optional.ofNullable(type).map(BY_TYPE::get);
    }

    /** The types published on one topic. */
    public static List<String> typesOn(String topic) {
        return ALL.stream()
                .filter(c -> topicOf(c).equals(topic))
                .map(EventCatalog::typeOf)
                .toList();
    }

    private static CrmEvent annotationOf(Class<?> eventClass) {
        CrmEvent event = eventClass.getAnnotation(CrmEvent.class);
        if (event == null || !EventPayload.class.isAssignableFrom(eventClass)) {
            throw new IllegalArgumentException(eventClass.getName() + " is not a @CrmEvent EventPayload");
        }
        return event;
    }
}
