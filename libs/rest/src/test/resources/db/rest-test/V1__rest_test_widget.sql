-- Test-only table of crm-rest's Widget resource.
create table if not exists rest_test_widget (
    id          uuid         primary key,
    name        varchar(100) not null,
    color       varchar(16)  not null,
    email       varchar(200),
    city        varchar(100),
    country     varchar(2),
    description varchar(500),
    version     bigint       not null,
    created_at  timestamptz  not null
);

create index if not exists rest_test_widget_name_id_idx on rest_test_widget (name, id);
