-- Inbox of the idempotent consumers (libs/messaging): one row per (consumer, event id), written in the same
-- transaction as the consumer's effect. Idempotent DDL.
create table if not exists crm_inbox (
    consumer    text        not null,
    event_id    text        not null,
    event_type  text,
    received_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
create index if not exists crm_inbox_received on crm_inbox (received_at);
