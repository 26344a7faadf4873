-- What happens to a continuous infusion or fluid at the bedside (docs/infusions.md, "At the bedside"): each bag started
-- or changed (scanned, as a dose is), each change of rate with its reason, pauses and restarts, volumes read off the pump,
-- and the stop. One row per event, never changed or removed; the rate in force after the event is kept on the row, both as
-- the pump's mL/hour and as the dose rate it gives.
create table infusion_event (
    id                 bigserial     primary key,
    idempotency_key    varchar(100)  not null unique,
    patient_id         bigint        not null references patient (id),
    prescription_id    bigint        not null references prescription (id),
    event              varchar(16)   not null check (event in ('STARTED', 'RATE_CHANGED', 'PAUSED', 'RESTARTED',
                           'BAG_CHANGED', 'VOLUME_RECORDED', 'STOPPED')),
    bag_number         integer       not null check (bag_number >= 1),
    rate_ml_per_hour   numeric(14,4) check (rate_ml_per_hour is null or rate_ml_per_hour > 0),
    dose_rate          numeric(14,4) check (dose_rate is null or dose_rate >= 0),
    dose_rate_unit     varchar(32),
    bag_volume_ml      numeric(14,4) not null check (bag_volume_ml > 0),
    volume_infused_ml  numeric(14,4) check (volume_infused_ml is null or volume_infused_ml >= 0),
    reason             varchar(500),
    gtin               varchar(14),
    batch              varchar(20),
    expiry             date,
    serial             varchar(20),
    occurred_at        timestamptz   not null,
    late_reason        varchar(500),
    recorded_at        timestamptz   not null,
    recorded_by        varchar(64)   not null,
    check ((dose_rate is null) = (dose_rate_unit is null)),
    check (event not in ('STARTED', 'BAG_CHANGED') or gtin is not null),
    check (event <> 'VOLUME_RECORDED' or volume_infused_ml is not null),
    check (volume_infused_ml is null or volume_infused_ml <= bag_volume_ml)
);
create index infusion_event_prescription on infusion_event (prescription_id, occurred_at, id);
create index infusion_event_patient on infusion_event (patient_id, occurred_at);
create trigger infusion_event_no_update_or_delete before update or delete on infusion_event
    for each row execute function clinical_record_is_append_only();
