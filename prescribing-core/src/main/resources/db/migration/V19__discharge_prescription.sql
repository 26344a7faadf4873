-- The medicines a patient takes home (the discharge prescription, "TTO"): written from the current orders and the
-- pre-admission list, signed by a prescriber, screened by a pharmacist. What changed is worked out from the items.
create table discharge_prescription (
    id                   bigserial primary key,
    patient_id           bigint not null references patient (id),
    status               text not null check (status in ('DRAFT', 'AWAITING_SCREENING', 'SCREENED')),
    before_list_recorded boolean not null,
    started_by           text not null,
    started_at           timestamptz not null,
    signed_by            text,
    signed_at            timestamptz,
    screened_by          text,
    screened_at          timestamptz,
    returned_reason      text,
    row_version          bigint not null default 0
);

-- one discharge prescription at a time is being written or waits for pharmacy
create unique index discharge_prescription_open on discharge_prescription (patient_id) where status <> 'SCREENED';

create table discharge_item (
    id              bigserial primary key,
    discharge_id    bigint not null references discharge_prescription (id),
    source          text not null check (source in ('ORDER', 'BEFORE_ADMISSION')),
    reference       text not null,
    product_code    text,
    medicine        text not null,
    dose            numeric(14, 4) not null,
    dose_up_to      numeric(14, 4),
    dose_unit       text not null,
    route           text not null,
    frequency       text not null,
    going_home      boolean not null,
    reason          text,
    supply_quantity numeric(14, 4),
    supply_days     integer,
    own_supply      boolean not null default false,
    unique (discharge_id, reference)
);
