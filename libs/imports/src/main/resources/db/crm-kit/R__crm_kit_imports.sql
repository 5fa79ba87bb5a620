-- Bulk import jobs of crm-imports (libs/imports). Repeatable and idempotent: it may run again when this file changes.
-- A job holds its parsed rows until it is done; progress is recorded per chunk (or per row of a chunk redone row by
-- row) in crm_import_progress, in the same transaction as the chunk's writes, so no row is ever written twice; rows
-- refused are kept with their reasons in crm_import_rejection.
create table if not exists crm_import_job (
    id          uuid primary key,
    kind        text        not null,
    status      text        not null,
    format      text        not null,
    total       integer     not null,
    processed   integer     not null default 0,
    created     integer     not null default 0,
    merged      integer     not null default 0,
    rejected    integer     not null default 0,
    options     text        not null default '{}',
    owner_id    text        not null,
    created_by  text        not null,
    team        text,
    rows_json   text,
    attempts    integer     not null default 0,
    lease_until timestamptz,
    last_error  text,
    created_at  timestamptz not null,
    finished_at timestamptz
);
create index if not exists crm_import_job_open on crm_import_job (created_at) where status in ('QUEUED', 'RUNNING');

create table if not exists crm_import_progress (
    job_id     uuid    not null references crm_import_job (id) on delete cascade,
    chunk      integer not null,
    -- -1: the whole chunk; otherwise the row of a chunk redone row by row
    row_number integer not null,
    primary key (job_id, chunk, row_number)
);

create table if not exists crm_import_rejection (
    job_id     uuid    not null references crm_import_job (id) on delete cascade,
    row_number integer not null,
    reason     text    not null,
    detail     text,
    errors     text    not null default '[]',
    primary key (job_id, row_number)
);
