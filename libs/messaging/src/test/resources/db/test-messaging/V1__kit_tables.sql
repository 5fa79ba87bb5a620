create table kit_order (id uuid primary key, revision bigint not null);
create table kit_effect (id bigint generated always as identity primary key, aggregate text not null, event_id text not null);
