-- Idempotency-Key store of crm-rest (libs/rest). Shipped in the jar: services add db/crm-kit to
-- quarkus.flyway.locations. Repeatable and idempotent, so it may run again whenever this file changes.
-- One row per (scope, key): scope = caller + method + route. The row is inserted in the same transaction as the
-- resource's effect; the primary key serialises concurrent requests with the same key.
create table if not exists crm_idempotency_keys (
    scope           text         not null,
    idempotency_key varchar(255) not null,
    request_hash    varchar(64)  not null,
    status_code     integer,
    response_body   text,
    content_type    text,
    location        text,
    etag            text,
    created_at      timestamptz  not null default now(),
    expires_at      timestamptz  not null,
    constraint crm_idempotency_keys_pk primary key (scope, idempotency_key)
);

create index if not exists crm_idempotency_keys_expires_at_idx on crm_idempotency_keys (expires_at);

comment on table crm_idempotency_keys is 'Idempotency-Key store of crm-rest: first responses replayed for 24 h';
