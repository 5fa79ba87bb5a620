package io.crmsuite.crm.events.contact;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * The reminder time of an open follow-up task has come: the assignee (a Keycloak subject) should be reminded. Emitted
 * once per task (again only if its reminder time is changed). Keyed by the contact, like every contact event.
 */
@CrmEvent(type = "crm.contact.task-reminder-due.v1", topic = Topics.CONTACTS)
public record ContactTaskReminderDue(
        UUID taskId,
        UUID contactId,
        String assigneeId,
        String title,
        Instant dueAt,
        Instant remindAt,
        Instant detectedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
