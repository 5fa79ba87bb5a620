package io.crmsuite.crm.lead.domain;

import io.crmsuite.crm.events.lead.LeadGrade;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One score a lead had, with the model version and the reasons. */
@Entity
@Table(name = "lead_score_history")
public class ScoreHistoryEntry extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "lead_id")
    public UUID leadId;

    public int score;

    @Enumerated(EnumType.STRING)
    public LeadGrade grade;

    public int fit;
    public int engagement;

    @Column(name = "model_version")
    public int modelVersion;

    public String reasons;

    @Column(name = "scored_at")
    public Instant scoredAt;
}
