-- Bulk imports look up a whole chunk's emails and phones right after inserting the previous chunk. With GIN's fast
-- update every search also scans the index's pending list (up to gin_pending_list_limit of recent entries), which made
-- those lookups 5-10x slower while an import ran; these small arrays are cheap to insert directly into the index.
alter index contact_emails set (fastupdate = off);
alter index contact_phones set (fastupdate = off);
