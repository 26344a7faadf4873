-- The MAR reads a patient's oxygen checks over its days (docs/bedside-observations.md, "On the MAR"): by patient and
-- time, not through each order, so that a check entered late with a time before its order was written still shows.
create index oxygen_check_patient on oxygen_check (patient_id, checked_at);
