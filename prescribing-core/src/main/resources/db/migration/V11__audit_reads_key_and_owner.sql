-- The audit trail records reads and refusals, is linked with the site's key, and belongs to its own database
-- role (docs/operations.md, "The audit trail's database role").

-- The trail's owner must exist before the tables can be handed to it: a superuser runs db/setup/audit-owner.sql
-- (the training launcher and the tests do it themselves). Without it this upgrade stops here and changes nothing.
do $$
begin
    if to_regprocedure('audit.adopt_trail()') is null then
        raise exception 'The audit trail needs its own database role before this upgrade: as a superuser, connected to'
            ' this database, run db/setup/audit-owner.sql (docs/operations.md), then start the application again.';
    end if;
end
$$;

-- A read names every patient it showed (a ward's drug round names the ward and everyone on it) in one entry;
-- a patient's access log is then one index lookup.
alter table audit_entry add column patient_ids bigint[];
create index audit_entry_patients on audit_entry using gin (patient_ids);
create index audit_entry_occurred_at on audit_entry (occurred_at);
create index audit_entry_actor on audit_entry (actor, seq);

-- The id of the site's audit key (never the key) once the chain has its key-change point: writers compare it with
-- their own key, so a server given the wrong key refuses to write rather than fork the chain.
alter table audit_chain_head add column key_id varchar(16);

-- Those who review the trail, and nothing else.
alter table staff_user_role drop constraint staff_user_role_role_check;
alter table staff_user_role add constraint staff_user_role_role_check
    check (role in ('PRESCRIBER', 'NURSE', 'NURSE_IN_CHARGE', 'PHARMACIST', 'ADMIN', 'AUDITOR'));

-- Moves the audit tables into the schema audit and gives them to the trail's owner; the application's role keeps
-- INSERT and SELECT on the entries, SELECT and UPDATE on the chain head.
do $$ begin perform audit.adopt_trail(); end $$;
