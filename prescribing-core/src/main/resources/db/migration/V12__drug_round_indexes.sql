-- Reads that must stay as fast on a year of records as on a fresh database (bench/README.md, "The drug round").

-- An order's records since a moment, by when they were given or by when they were due
-- (administration_lineage): an as-needed order's doses on the drug round, and every record on a patient's chart.
-- Without it the "given since" half read every record the order ever had, so a long stay made each read longer.
create index administration_lineage_given on administration (lineage_id, administered_at);
