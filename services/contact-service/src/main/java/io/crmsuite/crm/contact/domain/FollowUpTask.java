package io.crmsuite.crm.contact.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A follow-up to do with a contact by a due time, with an optional reminder. */
@Entity
@Table(name = "follow_up_task")
public class FollowUpTask {
    @Id
    public UUID id;

    @Version
    public long version;

    public UUID contactId;
    public String title;
    public Instant dueAt;
    public Instant remindAt;
    public String assignee;

    @Enumerated(EnumType.STRING)
    public Status status;

    public Instant createdAt;

    public enum Status {
        OPEN,
        DONE,
        CANCELLED
    }
}
