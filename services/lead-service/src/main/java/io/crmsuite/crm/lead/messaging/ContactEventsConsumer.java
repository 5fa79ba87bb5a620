package io.crmsuite.crm.lead.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.contactpoints.ContactPoints;
import io.crmsuite.crm.events.contact.ContactAccountMerged;
import io.crmsuite.crm.events.contact.ContactConversionFailed;
import io.crmsuite.crm.events.contact.ContactCreated;
import io.crmsuite.crm.events.contact.ContactCreatedV2;
import io.crmsuite.crm.events.contact.ContactErased;
import io.crmsuite.crm.events.contact.ContactErasureRequested;
import io.crmsuite.crm.events.contact.ContactMerged;
import io.crmsuite.crm.events.contact.ContactUpdated;
import io.crmsuite.crm.events.contact.ContactUpdatedV2;
import io.crmsuite.crm.lead.repository.ContactPointRepository;
import io.crmsuite.crm.lead.repository.LeadContactLinks;
import io.crmsuite.crm.lead.service.LeadConversion;
import io.crmsuite.crm.lead.service.LeadErasure;
import io.crmsuite.crm.messaging.inbox.EventConsumer;
import io.crmsuite.crm.messaging.inbox.InboundEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Contact events: {@code contact created} completes a pending conversion, {@code contact conversion-failed} (the contact
 * service's refusal) puts it back; created / updated / merged / erased keep
 * the email/phone -> contact read model that flags new leads matching a known contact; {@code merged} re-points the
 * leads' contact references to the survivor and {@code erased} anonymises the person's leads. Idempotent through the inbox;
 * failures go through the delayed retry topics to the dead-letter topic.
 */
@ApplicationScoped
public class ContactEventsConsumer {
    public static final String CONSUMER = "lead-service";

    private final EventConsumer consumer;
    private final ContactPointRepository contactPoints;
    private final LeadConversion conversion;
    private final LeadContactLinks links;
    private final LeadErasure erasure;
    private final ObjectMapper json;

    public ContactEventsConsumer(
            EventConsumer consumer,
            ContactPointRepository contactPoints,
            LeadConversion conversion,
            LeadContactLinks links,
            LeadErasure erasure,
            ObjectMapper json) {
        this.consumer = consumer;
        this.contactPoints = contactPoints;
        this.conversion = conversion;
        this.links = links;
        this.erasure = erasure;
        this.json = json;
    }

    @Incoming("contacts-in")
    public Uni<Void> onContactEvent(Message<String> message) {
        return consumer.process(message, CONSUMER, this::handle);
    }

    Uni<Void> handle(InboundEvent event) {
        return switch (event.type()) {
            case "crm.contact.created.v1" -> {
                ContactCreated created = event.as(ContactCreated.class, json);
                yield contactPoints
                        .replace(created.contactId(), emails(created.emails()), phones(created.phones()))
                        .chain(() -> conversion.complete(
                                created.contactId(),
                                created.accountId(),
                                created.leadId(),
                                created.conversionId(),
                                Actor.event(event.type(), event.id())));
            }
            case "crm.contact.created.v2" -> {
                ContactCreatedV2 created = event.as(ContactCreatedV2.class, json);
                yield contactPoints
                        .replace(
                                created.contactId(),
                                emails(created.contact().emails()),
                                phones(created.contact().phones()))
                        .chain(() -> conversion.complete(
                                created.contactId(),
                                created.contact().accountId(),
                                created.leadId(),
                                created.conversionId(),
                                Actor.event(event.type(), event.id())));
            }
            case "crm.contact.updated.v1" -> {
                ContactUpdated updated = event.as(ContactUpdated.class, json);
                yield contactPoints.replace(updated.contactId(), emails(updated.emails()), phones(updated.phones()));
            }
            case "crm.contact.updated.v2" -> {
                ContactUpdatedV2 updated = event.as(ContactUpdatedV2.class, json);
                yield contactPoints.replace(
                        updated.contactId(),
                        emails(updated.contact().emails()),
                        phones(updated.contact().phones()));
            }
            case "crm.contact.merged.v1" -> {
                ContactMerged merged = event.as(ContactMerged.class, json);
                yield contactPoints
                        .repoint(merged.mergedId(), merged.survivorId())
                        .chain(() -> links.repoint(merged.mergedId(), merged.survivorId()))
                        .replaceWithVoid();
            }
            case "crm.contact.account-merged.v1" -> {
                ContactAccountMerged merged = event.as(ContactAccountMerged.class, json);
                yield links.repointAccount(merged.mergedId(), merged.survivorId())
                        .replaceWithVoid();
            }
            case "crm.contact.erased.v1" -> {
                ContactErased erased = event.as(ContactErased.class, json);
                yield contactPoints
                        .forget(erased.contactId())
                        .chain(() -> erasure.erase(erased.contactId(), Actor.event(event.type(), event.id())));
            }
            case "crm.contact.erasure-requested.v1" ->
                erasure.erase(event.as(ContactErasureRequested.class, json), Actor.event(event.type(), event.id()));
            case "crm.contact.conversion-failed.v1" ->
                conversion.fail(event.as(ContactConversionFailed.class, json), Actor.event(event.type(), event.id()));
            default -> Uni.createFrom().voidItem(); // other contact events do not concern leads
        };
    }

    private static List<String> emails(List<String> raw) {
        return raw.stream()
                .map(e -> ContactPoints.email(e).orElse(null))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private static List<String> phones(List<String> raw) {
        return raw.stream()
                .map(p -> ContactPoints.phone(p, null).orElse(null))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
