-- Serum creatinine, so that rules written for creatinine clearance can use the Cockcroft-Gault estimate
-- (MHRA Drug Safety Update, October 2019) instead of an eGFR.
alter table patient_measurement drop constraint patient_measurement_kind_check;
alter table patient_measurement add constraint patient_measurement_kind_check
    check (kind in ('WEIGHT', 'HEIGHT', 'EGFR', 'CREATININE_CLEARANCE', 'SERUM_CREATININE'));
