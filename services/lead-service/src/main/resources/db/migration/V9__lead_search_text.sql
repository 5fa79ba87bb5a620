-- Free-text search (q on GET /api/v1/leads) over name, company, email and phone: one lower-case text the database keeps
-- itself (a stored generated column, so every write path — captures, imports, patches, erasure — keeps it right),
-- with the phone's digits only so that "138 0013 8000" finds +8613800138000, and a trigram index for "contains".
create extension if not exists pg_trgm;
alter table lead add column search_text text generated always as (
    lower(coalesce(name, '') || ' ' || coalesce(company, '') || ' ' || coalesce(email, ''))
        || ' ' || regexp_replace(coalesce(phone, phone_unverified, ''), '[^0-9]', '', 'g')
) stored;
create index lead_search_trgm on lead using gin (search_text gin_trgm_ops);
-- the planner estimates how many leads a term matches from these statistics (as for contacts)
alter table lead alter column search_text set statistics 1000;
