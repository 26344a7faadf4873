-- A bag put up (STARTED, BAG_CHANGED) of a medicine the site checks with a second registered person (insulin by
-- config/second-checks.csv) or of a Schedule 1 to 3 controlled drug names that person, as a dose's record does.
alter table infusion_event add column witnessed_by varchar(64);
alter table infusion_event add constraint infusion_event_witness_on_a_bag
    check (witnessed_by is null or event in ('STARTED', 'BAG_CHANGED'));
