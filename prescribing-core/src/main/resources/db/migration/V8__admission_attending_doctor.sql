-- The doctor responsible for each stay, as the patient administration system names them (ADT PV1-7), so orders
-- sent to pharmacy carry it in PV1-7. A PAS sends a code, a name or both, so every part may be null; none is
-- recorded for stays begun before this version.
alter table admission
    add column attending_doctor_id          varchar(64),
    add column attending_doctor_family_name varchar(100),
    add column attending_doctor_given_name  varchar(100),
    add column attending_doctor_prefix      varchar(20);
