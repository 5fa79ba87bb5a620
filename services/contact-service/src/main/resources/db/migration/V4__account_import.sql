-- Account import: duplicates are accounts with the same normalised name (name_key, as lead conversion matches them) or
-- the same external id; a chunk looks its names up with name_key = any(...), which the trigram GIN index does not serve.
create index account_name_key on account (name_key);
-- What the job's creator may change (ALL, TEAM, OWNER, NONE), fixed at upload: an import merges only into records in
-- that scope. Jobs from before this column: the owner's own records.
alter table import_job add column write_scope text;
