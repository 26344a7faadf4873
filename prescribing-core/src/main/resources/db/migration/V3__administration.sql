-- Bedside administration. A record is never changed or removed: a record made in error is struck through by a
-- new record (outcome IN_ERROR) that points at it, and a PRN dose's effect is a record of its own.

alter table ward
    add column dose_window_minutes          integer not null default 60 check (dose_window_minutes between 1 and 240),
    add column time_critical_window_minutes integer not null default 30 check (time_critical_window_minutes between 1 and 240);

create table administration (
    id                   bigserial     primary key,
    idempotency_key      varchar(100)  not null unique,
    patient_id           bigint        not null references patient (id),
    prescription_id      bigint        not null references prescription (id),
    lineage_id           bigint        not null,
    scheduled_at         timestamptz,
    outcome              varchar(16)   not null check (outcome in ('GIVEN', 'NOT_GIVEN', 'IN_ERROR')),
    not_given_reason     varchar(24)   check (not_given_reason in ('REFUSED', 'NIL_BY_MOUTH', 'PATIENT_ABSENT',
                             'DRUG_UNAVAILABLE', 'NO_ACCESS', 'CLINICAL_HOLD', 'VOMITING', 'SELF_ADMINISTERED', 'OTHER')),
    note                 varchar(500),
    dose                 numeric(14,4) check (dose is null or dose > 0),
    dose_unit            varchar(16),
    quantity             numeric(10,3) check (quantity is null or quantity > 0),
    route                varchar(8),
    site                 varchar(100),
    product_code         varchar(64),
    gtin                 varchar(14),
    batch                varchar(20),
    expiry               date,
    serial               varchar(20),
    identified_by        varchar(8)    check (identified_by in ('SCAN', 'MANUAL')),
    manual_reason        varchar(500),
    prn_reason           varchar(200),
    timing_reason        varchar(500),
    administered_at      timestamptz   not null,
    recorded_at          timestamptz   not null,
    recorded_by          varchar(64)   not null,
    witnessed_by         varchar(64),
    corrects_id          bigint        unique references administration (id),
    check ((outcome = 'IN_ERROR') = (corrects_id is not null)),
    check (outcome <> 'NOT_GIVEN' or not_given_reason is not null),
    check (outcome <> 'GIVEN' or (dose is not null and dose_unit is not null and route is not null))
);
create index administration_patient on administration (patient_id, administered_at);
create index administration_lineage on administration (lineage_id, scheduled_at);

create table prn_effect (
    id                bigserial    primary key,
    idempotency_key   varchar(100) not null unique,
    administration_id bigint       not null references administration (id),
    effect            varchar(500) not null,
    recorded_at       timestamptz  not null,
    recorded_by       varchar(64)  not null
);
create index prn_effect_administration on prn_effect (administration_id);

create function clinical_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% rows are never changed or removed: record a correction instead', tg_table_name;
end $$;
create trigger administration_no_update_or_delete before update or delete on administration
    for each row execute function clinical_record_is_append_only();
create trigger prn_effect_no_update_or_delete before update or delete on prn_effect
    for each row execute function clinical_record_is_append_only();

-- A nurse asks pharmacy for a dose that is not on the ward; pharmacy moves the request on.
create table missing_dose_request (
    id               bigserial    primary key,
    idempotency_key  varchar(100) not null unique,
    patient_id       bigint       not null references patient (id),
    prescription_id  bigint       not null references prescription (id),
    lineage_id       bigint       not null,
    ward_code        varchar(16)  references ward (code),
    note             varchar(500),
    status           varchar(16)  not null check (status in ('REQUESTED', 'ACKNOWLEDGED', 'SUPPLIED', 'CANCELLED')),
    requested_by     varchar(64)  not null,
    requested_at     timestamptz  not null,
    updated_by       varchar(64),
    updated_at       timestamptz,
    update_note      varchar(500),
    row_version      bigint       not null default 0
);
create index missing_dose_request_open on missing_dose_request (status, requested_at);
create index missing_dose_request_lineage on missing_dose_request (lineage_id);
