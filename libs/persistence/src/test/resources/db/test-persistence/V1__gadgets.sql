create table gadget (
    id          uuid primary key,
    version     bigint         not null default 0,
    name        text           not null,
    size        integer,
    counter     bigint         not null,
    price       numeric(19, 2),
    currency    char(3),
    active      boolean        not null,
    made_on     date,
    made_at     timestamptz,
    colour      text,
    tags        varchar[]      not null default '{}',
    legacy_code text
);

create table gadget_log (
    seq        bigint generated always as identity primary key,
    gadget_id  uuid        not null,
    note       text        not null,
    created_at timestamptz not null default now()
);
