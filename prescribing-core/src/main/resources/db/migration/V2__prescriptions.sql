-- Prescriptions. An order is never edited: a change is a new version (same lineage_id, version_no + 1,
-- supersedes_id pointing at the version it replaces), and a stopped order keeps its row with the reason.

create table prescription (
    id                     bigserial     primary key,
    lineage_id             bigint        not null,
    version_no             integer       not null check (version_no >= 1),
    supersedes_id          bigint        references prescription (id),
    patient_id             bigint        not null references patient (id),
    status                 varchar(24)   not null check (status in ('DRAFT', 'PENDING_VERIFICATION', 'VERIFIED', 'SUSPENDED',
                               'DISCONTINUED', 'COMPLETED', 'REJECTED', 'SUPERSEDED', 'DISCARDED')),
    product_code           varchar(64)   not null,
    dose                   numeric(14,4) not null check (dose > 0),
    dose_up_to             numeric(14,4) check (dose_up_to is null or dose_up_to > dose),
    dose_unit              varchar(16)   not null,
    route                  varchar(8)    not null,
    frequency              varchar(8)    not null,
    prn_reason             varchar(200),
    prn_min_interval_hours numeric(6,2)  check (prn_min_interval_hours is null or prn_min_interval_hours > 0),
    prn_max_per_24h        integer       check (prn_max_per_24h is null or prn_max_per_24h > 0),
    start_at               timestamptz   not null,
    end_at                 timestamptz   check (end_at is null or end_at > start_at),
    indication             varchar(200),
    review_at              timestamptz,
    instructions           varchar(500),
    prescribed_by          varchar(64)   not null,
    created_at             timestamptz   not null,
    signed_at              timestamptz,
    formulary_version      varchar(32),
    verified_by            varchar(64),
    verified_at            timestamptz,
    status_reason          varchar(500),
    status_changed_by      varchar(64),
    status_changed_at      timestamptz,
    row_version            bigint        not null default 0,
    unique (lineage_id, version_no)
);
create index prescription_patient on prescription (patient_id, status);

-- The alerts an order was signed with, and what the prescriber did about each.
create table prescription_alert (
    id              bigserial    primary key,
    prescription_id bigint       not null references prescription (id),
    alert_key       varchar(400) not null,
    category        varchar(24)  not null,
    severity        varchar(16)  not null,
    message         text         not null,
    rule            varchar(120),
    source          text,
    acknowledged_by varchar(64),
    override_reason varchar(500)
);
create index prescription_alert_prescription on prescription_alert (prescription_id);
