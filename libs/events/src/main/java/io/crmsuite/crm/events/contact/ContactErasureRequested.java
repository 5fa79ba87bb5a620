package io.crmsuite.crm.events.contact;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person is to be erased in every service (right to be forgotten): the contacts they are (already erased here) and
 * every email (lower case) and phone (E.164) they are known by, so that a service also finds records of a person who
 * was never a contact (a lead only). Each service answers with its own {@code erasure-completed} event naming the
 * request. Subject and key: the request id. The identifiers are removed from this event's stored copy once every
 * service answered.
 */
@CrmEvent(type = "crm.contact.erasure-requested.v1", topic = Topics.CONTACTS)
public record ContactErasureRequested(
        UUID requestId, List<UUID> contactIds, List<String> emails, List<String> phones, Instant requestedAt)
        implements EventPayload {

    public ContactErasureRequested {
        contactIds = List.copyOf(contactIds);
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
    }

    @Override
    public String aggregateId() {
        return requestId.toString();
    }
}
