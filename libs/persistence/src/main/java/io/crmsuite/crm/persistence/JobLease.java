package io.crmsuite.crm.persistence;

import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code crm_job_lease} ({@code db/crm-kit/R__crm_kit_job_leases.sql}), written by {@link JobLeases} only. */
@Table(name = "crm_job_lease")
public class JobLease {
    @Id
    public String job;

    public String owner;
    public Instant expiresAt;
}
