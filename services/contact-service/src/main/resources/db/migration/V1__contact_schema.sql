-- Contact service schema: accounts, contacts, timeline, tasks, consent, purchases, lifecycle history, audit, imports.
create extension if not exists pg_trgm;

create table account (
    id           uuid primary key,
    version      bigint      not null default 0,
    name         text        not null,
    name_key     text        not null,
    industry     text,
    region       text,
    country      char(2),
    size_band    text,
    website      text,
    parent_id    uuid references account (id),
    owner_id     text        not null,
    team         text,
    tags         varchar[]   not null default '{}',
    external_id  text unique,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index account_owner on account (owner_id);
create index account_team on account (team);
create index account_name_trgm on account using gin (name_key gin_trgm_ops);
create index account_name_sort on account (name, id);

create table contact (
    id                  uuid primary key,
    version             bigint        not null default 0,
    given_name          text,
    family_name         text,
    display_name        text          not null,
    name_key            text          not null,
    emails              varchar[]     not null default '{}',
    phones              varchar[]     not null default '{}',
    account_id          uuid references account (id),
    title               text,
    birthday            date,
    region              text,
    country             char(2),
    preferred_channel   text,
    preferences         text,
    hidden_needs        text,
    source              text          not null,
    owner_id            text          not null,
    team                text,
    tags                varchar[]     not null default '{}',
    customer_status     text          not null,
    lifecycle_stage     text          not null,
    value_tier          text,
    trailing_revenue    numeric(19, 2) not null default 0,
    purchase_count      integer       not null default 0,
    last_purchase_at    timestamptz,
    last_interaction_at timestamptz,
    inactive_notified_at timestamptz,
    marketing_consent   boolean       not null default false,
    external_id         text unique,
    lead_id             uuid unique,
    search_text         text          not null,
    erased_at           timestamptz,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null
);
create index contact_owner on contact (owner_id);
create index contact_team on contact (team);
create index contact_emails on contact using gin (emails);
create index contact_phones on contact using gin (phones);
create index contact_tags on contact using gin (tags);
create index contact_name_trgm on contact using gin (name_key gin_trgm_ops);
create index contact_search_trgm on contact using gin (search_text gin_trgm_ops);
create index contact_name_sort on contact (display_name, id);
create index contact_updated_sort on contact (updated_at desc, id desc);
create index contact_account on contact (account_id);

create table interaction (
    id          uuid primary key,
    contact_id  uuid        not null references contact (id),
    kind        text        not null,
    direction   text        not null,
    occurred_at timestamptz not null,
    author      text        not null,
    summary     text,
    created_at  timestamptz not null
);
create index interaction_contact on interaction (contact_id, occurred_at desc);

create table follow_up_task (
    id          uuid primary key,
    version     bigint      not null default 0,
    contact_id  uuid        not null references contact (id),
    title       text        not null,
    due_at      timestamptz not null,
    remind_at   timestamptz,
    assignee    text        not null,
    status      text        not null,
    created_at  timestamptz not null
);
create index follow_up_task_contact on follow_up_task (contact_id, due_at);

create table consent (
    id          uuid primary key,
    contact_id  uuid        not null references contact (id),
    channel     text        not null,
    purpose     text        not null,
    status      text        not null,
    recorded_at timestamptz not null,
    source      text        not null,
    legal_basis text        not null,
    unique (contact_id, channel, purpose)
);

create table purchase (
    id             uuid primary key,
    contact_id     uuid           not null references contact (id),
    opportunity_id uuid unique,
    amount         numeric(19, 2) not null,
    currency       char(3)        not null,
    purchased_at   timestamptz    not null,
    source         text           not null
);
create index purchase_contact on purchase (contact_id, purchased_at);

create table lifecycle_change (
    id         uuid primary key,
    contact_id uuid        not null references contact (id),
    from_stage text,
    to_stage   text        not null,
    reason     text        not null,
    changed_at timestamptz not null
);
create index lifecycle_change_contact on lifecycle_change (contact_id, changed_at);

-- the audit trail outlives merged-away records: no foreign key
create table audit_entry (
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
create index audit_entry_record on audit_entry (record_id, at);

create table import_job (
    id          uuid primary key,
    kind        text        not null,
    status      text        not null,
    total       integer     not null,
    processed   integer     not null default 0,
    created     integer     not null default 0,
    merged      integer     not null default 0,
    rejected    integer     not null default 0,
    rejections  text        not null default '[]',
    rows_json   text,
    on_duplicate text       not null,
    created_by  text        not null,
    owner_id    text        not null,
    team        text,
    created_at  timestamptz not null,
    finished_at timestamptz
);
