-- Homely remedies (config/homely-remedies.csv): a nurse the site's protocol names gives a dose without a prescription,
-- kept exactly as a dose under a patient group direction is (a once-only order marked with the remedy's id, and the
-- prescriber's review beside it); the kind says which of the two it was given under. Rows before this are directions.
alter table direction_order add column kind text not null default 'PATIENT_GROUP_DIRECTION'
    check (kind in ('PATIENT_GROUP_DIRECTION', 'HOMELY_REMEDY'));

-- the protocol's limits count a patient's earlier doses of one remedy
create index direction_order_remedy on direction_order (patient_id, direction_id, started_at) where kind = 'HOMELY_REMEDY';
