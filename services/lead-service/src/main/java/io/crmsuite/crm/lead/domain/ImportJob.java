package io.crmsuite.crm.lead.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An asynchronous bulk import (CSV or JSON): QUEUED, RUNNING, then COMPLETED with counts and per-row rejections. */
@Entity
@Table(name = "lead_import_job")
public class ImportJob extends PanacheEntityBase {
    @Id
    public UUID id;

    public String status;
    public String format;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitter_team")
    public String submitterTeam;

    @Column(name = "keeps_own")
    public boolean keepsOwn;

    @Column(name = "total_rows")
    public int totalRows;

    public int created;
    public int merged;
    public int rejected;

    /** JSON array of {row, errors: [{field, message}]}, the first 1000 rejected rows. */
    public String rejections;

    /** The uploaded body until the job is done (then cleared). */
    public String payload;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
