-- Audit trail of every service (libs/audit): one row per changed field or per action, written in the transaction of
-- the change. It outlives the records it describes (merged-away, erased): no foreign key. Idempotent DDL.
create table if not exists audit_entry (
    id          uuid primary key,
    record_type text        not null,
    record_id   uuid        not null,
    action      text        not null,
    field       text,
    old_value   text,
    new_value   text,
    actor       text        not null,
    via         text        not null,
    at          timestamptz not null
);
-- by record (a record's history), by actor and by time (auditors' queries, newest first)
create index if not exists audit_entry_record on audit_entry (record_id, at);
create index if not exists audit_entry_type_at on audit_entry (record_type, at desc, id desc);
create index if not exists audit_entry_actor_at on audit_entry (actor, record_type, at desc, id desc);
