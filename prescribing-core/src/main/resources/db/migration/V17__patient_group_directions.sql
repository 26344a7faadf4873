-- Doses a nurse gives under a patient group direction (the site's config/pgds.csv): the order itself is an ordinary
-- once-only prescription, marked with the direction so that it may be given before pharmacy verifies it; the
-- direction it followed and the prescriber's review are kept beside it.
alter table prescription add column direction_id text;

create table direction_order (
    prescription_id   bigint primary key references prescription (id),
    idempotency_key   text not null unique,
    patient_id        bigint not null references patient (id),
    direction_id      text not null,
    direction_version text not null,
    direction_title   text not null,
    started_by        text not null,
    started_at        timestamptz not null,
    review_due_at     timestamptz not null,
    reviewed_by       text,
    reviewed_at       timestamptz,
    review_note       text,
    row_version       bigint not null default 0,
    check ((reviewed_by is null) = (reviewed_at is null))
);

-- the prescribers' list of doses still to review, and a patient's own
create index direction_order_awaiting on direction_order (review_due_at) where reviewed_at is null;
create index direction_order_patient on direction_order (patient_id, started_at);
