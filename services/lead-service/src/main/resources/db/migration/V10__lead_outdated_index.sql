-- Every re-scoring round (every 5 s) asks for open leads scored under an older model; with nothing outdated that
-- query walked every open lead in id order (about 100 ms at 1,000,000 leads, found by LeadSearchBench as latency
-- spikes). With this index an empty answer is a few index pages.
create index lead_open_model_version on lead (model_version)
    where status in ('NEW', 'WORKING', 'NURTURING', 'QUALIFIED', 'RECYCLED');
