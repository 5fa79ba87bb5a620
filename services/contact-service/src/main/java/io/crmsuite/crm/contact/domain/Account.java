package io.crmsuite.crm.contact.domain;

import io.crmsuite.crm.events.lead.SizeBand;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A company. */
@Entity
@Table(name = "account")
public class Account {
    @Id
    public UUID id;

    @Version
    public long version;

    public String name;
    public String nameKey;
    public String industry;
    public String region;
    public String country;

    @Enumerated(EnumType.STRING)
    public SizeBand sizeBand;

    public String website;
    public UUID parentId;
    public String ownerId;
    public String team;
    public String[] tags = new String[0];
    public String externalId;
    public Instant createdAt;
    public Instant updatedAt;
}
