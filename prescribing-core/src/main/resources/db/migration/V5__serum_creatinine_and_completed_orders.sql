-- Serum creatinine, so that rules written for creatinine clearance can use the Cockcroft-Gault estimate
-- (MHRA Drug Safety Update, October 2019) instead of an eGFR.
alter table patient_measurement drop constraint patient_measurement_kind_check;
alter table patient_measurement add constraint patient_measurement_kind_check
    check (kind in ('WEIGHT', 'HEIGHT', 'EGFR', 'CREATININE_CLEARANCE', 'SERUM_CREATININE'));

-- An order that has run its course (its planned end passed, its once-only dose given) goes to pharmacy as SC
-- (status changed, with ORC-5 CM).
alter table outbox_message drop constraint outbox_message_order_control_check;
alter table outbox_message add constraint outbox_message_order_control_check
    check (order_control in ('NW', 'XO', 'DC', 'HD', 'RL', 'SC'));
