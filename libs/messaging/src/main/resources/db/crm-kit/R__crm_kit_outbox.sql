-- Transactional outbox (libs/messaging). Idempotent DDL: this repeatable migration may run again when it changes.
create table if not exists crm_outbox (
    seq         bigint generated always as identity primary key,
    id          uuid        not null unique,
    topic       text        not null,
    event_key   text        not null,
    type        text        not null,
    source      text        not null,
    occurred_at timestamptz not null,
    payload     text        not null,
    headers     text,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz,
    attempts    integer     not null default 0,
    last_error  text
);
create index if not exists crm_outbox_unsent on crm_outbox (seq) where sent_at is null;
create index if not exists crm_outbox_sent on crm_outbox (sent_at) where sent_at is not null;
