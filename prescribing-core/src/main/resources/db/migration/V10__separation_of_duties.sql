-- Separation of duties. An order records who drafted it beside its prescriber of record: prescribed_by becomes the
-- signer when the draft is signed (before this version the drafter always signed, so the two were the same person).
alter table prescription add column drafted_by varchar(64);
update prescription set drafted_by = prescribed_by;
alter table prescription alter column drafted_by set not null;

-- The nurse in charge of a shift, a role the administrator grants to senior nurses (with NURSE): they may strike
-- through another nurse's administration record, with a reason.
alter table staff_user_role drop constraint staff_user_role_role_check;
alter table staff_user_role add constraint staff_user_role_role_check
    check (role in ('PRESCRIBER', 'NURSE', 'PHARMACIST', 'ADMIN', 'NURSE_IN_CHARGE'));
