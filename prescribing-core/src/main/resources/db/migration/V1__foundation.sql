-- Foundation schema: wards, beds, patients and their measurements, allergies, admissions, staff
-- accounts and the append-only, hash-chained audit trail. Instants are timestamptz; nothing clinical
-- is deleted (rows are superseded or marked entered-in-error).

create table ward (
    code        varchar(16)  primary key,
    name        varchar(120) not null,
    name_cy     varchar(120) not null,
    specialty   varchar(16)  not null check (specialty in ('ADULT_MEDICAL', 'ADULT_SURGICAL', 'PAEDIATRIC', 'OTHER')),
    time_zone   varchar(64)  not null default 'Europe/London',
    version     bigint       not null default 0
);

-- Standard dose times of a frequency on a ward, e.g. ('MED1', 'BD', '08:00,20:00').
create table ward_dose_time (
    ward_code   varchar(16) not null references ward (code),
    frequency   varchar(8)  not null,
    times       varchar(64) not null,
    primary key (ward_code, frequency)
);

create table bed (
    id          bigserial   primary key,
    ward_code   varchar(16) not null references ward (code),
    label       varchar(16) not null,
    unique (ward_code, label)
);

create table patient (
    id               bigserial    primary key,
    hospital_number  varchar(20)  not null unique,
    nhs_number       char(10)     unique,
    given_name       varchar(100) not null,
    family_name      varchar(100) not null,
    date_of_birth    date         not null,
    sex              varchar(16)  not null check (sex in ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    allergy_status   varchar(24)  not null default 'NOT_RECORDED'
                     check (allergy_status in ('NOT_RECORDED', 'NO_KNOWN_ALLERGIES', 'KNOWN_ALLERGIES')),
    pregnancy_status varchar(24)  not null default 'NOT_RECORDED'
                     check (pregnancy_status in ('NOT_RECORDED', 'NOT_APPLICABLE', 'NOT_PREGNANT', 'PREGNANT', 'BREASTFEEDING')),
    version          bigint       not null default 0
);

-- Weight, height and renal function, each with the time it was measured; the latest one counts.
create table patient_measurement (
    id           bigserial     primary key,
    patient_id   bigint        not null references patient (id),
    kind         varchar(24)   not null check (kind in ('WEIGHT', 'HEIGHT', 'EGFR', 'CREATININE_CLEARANCE')),
    value        numeric(10,2) not null check (value > 0),
    unit         varchar(24)   not null,
    measured_at  timestamptz   not null,
    recorded_by  varchar(64)   not null,
    recorded_at  timestamptz   not null
);
create index patient_measurement_latest on patient_measurement (patient_id, kind, measured_at desc);

create table allergy (
    id                  bigserial    primary key,
    patient_id          bigint       not null references patient (id),
    substance           varchar(120) not null,
    reaction            varchar(200) not null,
    severity            varchar(16)  not null check (severity in ('MILD', 'MODERATE', 'SEVERE', 'UNKNOWN')),
    recorded_by         varchar(64)  not null,
    recorded_at         timestamptz  not null,
    entered_in_error_at timestamptz
);
create index allergy_patient on allergy (patient_id);

create table admission (
    id            bigserial   primary key,
    patient_id    bigint      not null references patient (id),
    ward_code     varchar(16) not null references ward (code),
    bed_id        bigint      references bed (id),
    admitted_at   timestamptz not null,
    discharged_at timestamptz,
    version       bigint      not null default 0,
    check (discharged_at is null or discharged_at >= admitted_at)
);
create index admission_current on admission (ward_code) where discharged_at is null;
create unique index admission_one_current_per_patient on admission (patient_id) where discharged_at is null;

create table staff_user (
    id                  bigserial    primary key,
    username            varchar(64)  not null unique,
    display_name        varchar(120) not null,
    password_hash       varchar(255) not null,
    enabled             boolean      not null default true,
    failed_logins       integer      not null default 0,
    locked_until        timestamptz,
    preferred_language  varchar(2)   not null default 'en' check (preferred_language in ('en', 'cy')),
    password_changed_at timestamptz  not null,
    version             bigint       not null default 0
);

create table staff_user_role (
    user_id bigint      not null references staff_user (id),
    role    varchar(16) not null check (role in ('PRESCRIBER', 'NURSE', 'PHARMACIST', 'ADMIN')),
    primary key (user_id, role)
);

-- The audit trail. Each entry's hash is SHA-256 over the previous entry's hash and this entry's
-- canonical content (see org.epma.prescribing.audit.AuditEntry#canonicalContent); seq has no gaps
-- because it is taken from audit_chain_head under a row lock in the writing transaction.
create table audit_entry (
    seq          bigint       primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(64)  not null,
    actor_role   varchar(16)  not null,
    action       varchar(48)  not null,
    entity_type  varchar(48)  not null,
    entity_id    varchar(64)  not null,
    before_state text,
    after_state  text,
    reason       text,
    prev_hash    char(64)     not null,
    hash         char(64)     not null
);
create index audit_entry_entity on audit_entry (entity_type, entity_id);

create table audit_chain_head (
    id        integer  primary key check (id = 1),
    last_seq  bigint   not null,
    last_hash char(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, repeat('0', 64));

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

-- The role that runs the application (the one that ran this migration) keeps INSERT and SELECT only.
revoke update, delete, truncate on audit_entry from current_user;
