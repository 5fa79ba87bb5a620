create table thing (
    id        uuid primary key,
    kind      text    not null,
    name      text    not null,
    size      integer check (size is null or size < 1000),
    tags      varchar[] not null default '{}',
    unique (kind, name)
);
