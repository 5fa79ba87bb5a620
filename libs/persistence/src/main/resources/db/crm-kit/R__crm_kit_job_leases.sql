-- Leases of the scheduled jobs that must run on one replica at a time (libs/persistence JobLeases): one row per job,
-- held by one replica until it releases it or the lease expires (a replica killed mid-run). Idempotent DDL.
create table if not exists crm_job_lease (
    job        text        primary key,
    owner      text        not null,
    expires_at timestamptz not null
);
