package io.crmsuite.crm.contact.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * An asynchronous bulk import: progress, counts and per-row rejections (as JSON). The uploaded rows live in the row's
 * {@code rows_json} column, deliberately not mapped: reading a job never loads them; the processor reads them once per
 * run and drops them when done.
 */
@Entity
@DynamicUpdate
@Table(name = "import_job")
public class ImportJob {
    @Id
    public UUID id;

    public String kind;
    public String status;
    public int total;
    public int processed;
    public int created;
    public int merged;
    public int rejected;
    public String rejections;
    public String onDuplicate;
    public String createdBy;
    public String ownerId;
    public String team;
    public String writeScope;
    public Instant createdAt;
    public Instant finishedAt;
}
