-- Leads, their interactions and score history, the published scoring models and assignment plans, round-robin turns,
-- and the email/phone -> contact read model fed by contact events.
create table lead (
    id                      uuid primary key,
    version                 bigint       not null default 0,
    name                    text         not null,
    company                 text,
    title                   text,
    email                   text,
    email_normalized        text,
    phone                   text,
    region                  text,
    country                 text,
    industry                text,
    company_size            integer,
    size_band               text,
    product_interest        text,
    budget_amount           numeric(19, 2),
    budget_currency         char(3),
    source                  text         not null,
    campaign_id             uuid,
    utm_source              text,
    utm_medium              text,
    utm_campaign            text,
    utm_term                text,
    utm_content             text,
    consent_given           boolean      not null default false,
    consent_text            text,
    consent_at              timestamptz,
    notes                   text,
    status                  text         not null,
    status_reason           text,
    owner_id                text,
    team                    text,
    score                   integer,
    grade                   text,
    fit                     integer,
    engagement              integer,
    score_reasons           text,
    model_version           integer,
    scored_at               timestamptz,
    engagement_expires_at   timestamptz,
    assignment_rule_id      uuid,
    assignment_rule_name    text,
    assigned_at             timestamptz,
    first_response_due_at   timestamptz,
    first_responded_at      timestamptz,
    sla_breached_at         timestamptz,
    external_id             text,
    submitted_by            text         not null,
    submitter_kind          text         not null,
    matched_contact_id      uuid,
    conversion_id           uuid,
    conversion_request      text,
    conversion_requested_at timestamptz,
    converted_contact_id    uuid,
    converted_account_id    uuid,
    converted_at            timestamptz,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null
);

create index lead_open_email on lead (email_normalized)
    where status in ('NEW', 'WORKING', 'NURTURING', 'QUALIFIED', 'RECYCLED');
create index lead_open_phone on lead (phone) where status in ('NEW', 'WORKING', 'NURTURING', 'QUALIFIED', 'RECYCLED');
create unique index lead_external_id on lead (submitted_by, external_id) where external_id is not null;
create index lead_created on lead (created_at, id);
create index lead_owner on lead (owner_id, created_at);
create index lead_team on lead (team, created_at);
create index lead_submitter on lead (submitted_by, created_at);
create index lead_sla_due on lead (first_response_due_at) where status = 'NEW' and sla_breached_at is null;
create index lead_engagement_expiry on lead (engagement_expires_at) where engagement_expires_at is not null;
create index lead_conversion on lead (conversion_id) where conversion_id is not null;

create table lead_interaction (
    id          uuid primary key,
    lead_id     uuid        not null references lead (id),
    type        text        not null,
    occurred_at timestamptz not null,
    detail      text,
    recorded_by text        not null,
    created_at  timestamptz not null
);
create index lead_interaction_lead on lead_interaction (lead_id, occurred_at);

create table lead_score_history (
    id            uuid primary key,
    lead_id       uuid        not null references lead (id),
    score         integer     not null,
    grade         text        not null,
    fit           integer     not null,
    engagement    integer     not null,
    model_version integer     not null,
    reasons       text        not null,
    scored_at     timestamptz not null
);
create index lead_score_history_lead on lead_score_history (lead_id, scored_at);

-- published configuration documents: kind 'scoring' (ScoringModel) or 'assignment' (AssignmentPlan), JSON
create table lead_config_version (
    id           text primary key,
    kind         text        not null,
    version      integer     not null,
    definition   text        not null,
    published_by text        not null,
    published_at timestamptz not null,
    unique (kind, version)
);

create table assignment_turn (
    rule_id uuid primary key,
    turns   bigint not null
);

-- read model of the contact service: normalised email / E.164 phone -> contact id
create table contact_point (
    kind       text        not null,
    value      text        not null,
    contact_id uuid        not null,
    updated_at timestamptz not null,
    primary key (kind, value)
);
create index contact_point_contact on contact_point (contact_id);

create table lead_import_job (
    id           uuid primary key,
    status       text        not null,
    format       text        not null,
    submitted_by text        not null,
    total_rows   integer     not null default 0,
    created      integer     not null default 0,
    merged       integer     not null default 0,
    rejected     integer     not null default 0,
    rejections   text,
    payload      text,
    created_at   timestamptz not null,
    finished_at  timestamptz
);
