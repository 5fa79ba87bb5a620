-- Imports moved to the kit's shared job tables (libs/imports, db/crm-kit/R__crm_kit_imports.sql): one job table,
-- worker and rejection format for every service. Jobs still queued in the old table when this runs are not carried
-- over (their uploads must be sent again); finished jobs were history only.
drop table import_job;
