-- A subcutaneous insulin ordered as needed by the blood glucose carries the prescriber's correction scale, as
-- CorrectionScale.stored() writes it ("0=0;8=2;12=4": each band's lower bound in mmol/L and its dose in units). The
-- order's dose range is the scale's smallest to largest dose, so the order checks read it as any range.
alter table prescription add column correction_scale varchar(400);
alter table prescription add constraint prescription_correction_scale_form
    check (correction_scale is null or correction_scale ~ '^[0-9.]+=[0-9.]+(;[0-9.]+=[0-9.]+)*$');
