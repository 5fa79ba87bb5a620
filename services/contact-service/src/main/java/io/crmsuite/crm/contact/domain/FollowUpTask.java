package io.crmsuite.crm.contact.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
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

    /*
     * The reminder's delivery state: written only by the reminder scan's statements (TaskReminderStore), so never by
     * the session (a task changed meanwhile must not write back what it read), and not part of the API.
     */
    @JsonIgnore
    @Column(updatable = false)
    public Instant remindedAt;

    @JsonIgnore
    @Column(updatable = false)
    public String reminderMail;

    @JsonIgnore
    @Column(updatable = false)
    public int reminderMailAttempts;

    @JsonIgnore
    @Column(updatable = false)
    public Instant reminderMailLease;

    public enum Status {
        OPEN,
        DONE,
        CANCELLED
    }
}
