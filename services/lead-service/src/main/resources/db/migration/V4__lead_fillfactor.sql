-- scores, owners and SLA fields of a lead change often (re-scoring after a model publish rewrites every open lead):
-- free space in each page lets PostgreSQL update a row in place (HOT) instead of adding an entry to every index
alter table lead set (fillfactor = 80);
