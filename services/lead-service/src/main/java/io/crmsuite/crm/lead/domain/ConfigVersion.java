package io.crmsuite.crm.lead.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published scoring model or assignment plan (JSON); the highest version of a kind is in force. */
@Entity
@Table(name = "lead_config_version")
public class ConfigVersion extends PanacheEntityBase {
    public static final String SCORING = "scoring";
    public static final String ASSIGNMENT = "assignment";

    /** {@code <kind>:<version>}: a second publish of the same version fails on this key. */
    @Id
    public String id;

    public String kind;
    public int version;
    public String definition;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public Instant publishedAt;
}
