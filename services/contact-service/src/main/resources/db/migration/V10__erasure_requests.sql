-- Erasure requests by person across services (issue 14, item 9): the request (no identifier in clear: the subject is
-- masked) and one row per service that must answer, with when it finished and how many records it erased.
create table erasure_request (
    id           uuid primary key,
    status       text        not null,
    subject      text        not null,
    reason       text        not null,
    requested_by text        not null,
    requested_at timestamptz not null,
    completed_at timestamptz
);
create index erasure_request_requested on erasure_request (requested_at desc, id desc);

create table erasure_request_service (
    request_id   uuid        not null references erasure_request (id),
    service      text        not null,
    status       text        not null,
    records      integer,
    completed_at timestamptz,
    primary key (request_id, service)
);
