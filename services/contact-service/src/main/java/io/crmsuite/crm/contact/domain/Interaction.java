package io.crmsuite.crm.contact.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A timeline entry: a call, email, meeting, visit, chat or note with a contact. */
@Entity
@Table(name = "interaction")
public class Interaction {
    @Id
    public UUID id;

    public UUID contactId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    public Instant occurredAt;
    public String author;
    public String summary;
    public Instant createdAt;

    public enum Kind {
        CALL,
        EMAIL,
        MEETING,
        VISIT,
        CHAT,
        WECHAT,
        SMS,
        NOTE
    }

    public enum Direction {
        INBOUND,
        OUTBOUND,
        INTERNAL
    }
}
