-- the importing user's team and whether they keep the imported leads (a sales rep) or they are routed by the rules
alter table lead_import_job add column submitter_team text;
alter table lead_import_job add column keeps_own boolean not null default false;
create index lead_import_job_queued on lead_import_job (created_at) where status = 'QUEUED';
