-- Medicines reconciliation on admission (NICE NG5, 1.3): the medicines the patient took before this hospital stay, where
-- each was learnt from, the prescriber's decision on each, and the pharmacy's completion. A stay is the chain of
-- admissions joined by transfers: the list belongs to its first admission, so a move of ward or bed keeps it.
create table home_medicine (
    id                bigserial   primary key,
    idempotency_key   text        not null unique,
    stay_admission_id bigint      not null references admission (id),
    patient_id        bigint      not null references patient (id),
    product_code      text,
    medicine_name     text        not null,
    dose              numeric     not null check (dose > 0),
    dose_unit         text        not null,
    route             text        not null,
    frequency         text        not null,
    source            text        not null,
    note              text,
    recorded_by       text        not null,
    recorded_at       timestamptz not null,
    decision          text,
    decision_reason   text,
    review_date       date,
    order_id          bigint      references prescription (id),
    decided_by        text,
    decided_at        timestamptz,
    row_version       bigint      not null default 0,
    check ((decision is null) = (decided_by is null) and (decided_by is null) = (decided_at is null))
);
create index home_medicine_stay on home_medicine (stay_admission_id, recorded_at);

create table medicines_reconciliation (
    stay_admission_id bigint      primary key references admission (id),
    patient_id        bigint      not null references patient (id),
    completed_by      text,
    completed_at      timestamptz,
    row_version       bigint      not null default 0,
    check ((completed_by is null) = (completed_at is null))
);

-- a stay's earlier admission is found by the moment the next began
create index admission_patient_ended on admission (patient_id, discharged_at) where end_reason = 'TRANSFERRED';
