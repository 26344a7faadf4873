-- This database's own name on the HL7 interfaces, created once, with the database. Outbound control ids (MSH-10) are
-- this prefix plus the outbox row's id, so a fresh database or a reinstall never sends an id a receiver has already
-- seen (a receiver that drops repeats by control id would otherwise discard real orders). Eight base32 characters:
-- 32^8 (about 10^12) possibilities, and a control id of at most 20 characters with an outbox id of up to 12 digits.
create table interface_instance (
    singleton         boolean     primary key default true check (singleton),
    control_id_prefix varchar(8)  not null check (control_id_prefix ~ '^[A-Z2-7]{8}$'),
    created_at        timestamptz not null default now()
);

insert into interface_instance (control_id_prefix)
select string_agg(substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 1 + floor(random() * 32)::int, 1), '')
from generate_series(1, 8);

-- Why the event happened (ORC-16): the prescriber's reason for a hold, release or stop, or the pharmacist's
-- intervention behind a change, taken when the event happens. A message is built when it is first sent, by which time
-- the order may have moved on (held, then released): the reason belongs to the event, not to the order's latest state.
alter table outbox_message add column event_reason varchar(1000);
