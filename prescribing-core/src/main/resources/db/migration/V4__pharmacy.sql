-- Pharmacy: the pharmacist's interventions on orders, the outbox of order events for dispensing systems, the
-- inbound messages already applied (so a repeated control id is not applied twice) and dispense records.

create table pharmacy_intervention (
    id              bigserial     primary key,
    prescription_id bigint        not null references prescription (id),
    category        varchar(16)   not null check (category in ('DOSE', 'INTERACTION', 'ALLERGY', 'ROUTE', 'DUPLICATE',
                        'FORMULATION', 'OTHER')),
    note            varchar(1000) not null,
    recorded_by     varchar(64)   not null,
    recorded_at     timestamptz   not null
);
create index pharmacy_intervention_prescription on pharmacy_intervention (prescription_id);

-- Written in the same transaction as the clinical change; a sender claims rows with FOR UPDATE SKIP LOCKED.
-- Messages of one patient to one destination go in id order: a row waits while an earlier one is undelivered.
create table outbox_message (
    id              bigserial    primary key,
    destination     varchar(64)  not null,
    patient_id      bigint       not null references patient (id),
    prescription_id bigint       not null references prescription (id),
    order_control   varchar(2)   not null check (order_control in ('NW', 'XO', 'DC', 'HD', 'RL')),
    message_type    varchar(8)   not null check (message_type in ('RDE_O11', 'OMP_O09')),
    control_id      varchar(20)  not null unique,
    status          varchar(12)  not null check (status in ('PENDING', 'DELIVERED', 'PARKED')),
    created_at      timestamptz  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    payload         text,
    last_error      text,
    ack             text,
    delivered_at    timestamptz,
    parked_at       timestamptz
);
-- the claim walks only the waiting rows, in order, however many delivered rows the table keeps
create index outbox_message_pending on outbox_message (destination, id) where status = 'PENDING';
create index outbox_message_undelivered on outbox_message (destination, patient_id, id) where status <> 'DELIVERED';
create index outbox_message_prescription on outbox_message (prescription_id);

create table inbound_message (
    id                  bigserial    primary key,
    sending_application varchar(180) not null,
    sending_facility    varchar(180) not null,
    control_id          varchar(199) not null,
    message_type        varchar(16)  not null,
    received_at         timestamptz  not null,
    unique (sending_application, sending_facility, control_id)
);

create table dispense_record (
    id                  bigserial     primary key,
    patient_id          bigint        not null references patient (id),
    prescription_id     bigint        references prescription (id),
    lineage_id          bigint,
    placer_order_number varchar(60)   not null,
    give_code           varchar(250),
    amount              numeric(14,4),
    units               varchar(60),
    dispensed_at        timestamptz,
    dispensed_by        varchar(250),
    prescription_number varchar(60),
    control_id          varchar(199)  not null,
    received_at         timestamptz   not null
);
create index dispense_record_lineage on dispense_record (lineage_id);

-- Patient movements from the hospital's ADT feed: a stay ends by discharge, transfer or cancellation, and a patient
-- record found to be a duplicate is merged into the surviving one (it stays, pointing at the survivor).
alter table admission add column end_reason varchar(12) check (end_reason in ('DISCHARGED', 'TRANSFERRED', 'CANCELLED'));
alter table patient add column merged_into_id bigint references patient (id);
