-- Gives the audit trail an owner of its own, so that the application's role may only add to the trail and
-- read it: never change, delete or truncate entries, nor grant itself the right to.
--
-- Run it as a superuser, connected to the application's database, once before the application first
-- starts (and before upgrading an existing database to schema version 11); running it again changes
-- nothing. The training launcher and the tests run it themselves. It assumes what docs/operations.md
-- asks for: the application's role owns the database and is no superuser.
--
-- The owner, <database>_audit, cannot log in. Roles belong to the whole server, so it is named after the
-- database: databases sharing a server never share it. It is a member of the application's role, which
-- lets it take the audit tables over from that role (ALTER ... OWNER needs membership of the old owner);
-- the application's role is given no membership of it. Migration V11 hands the tables over by calling
-- audit.adopt_trail(), which runs as the owner, moves the tables into the schema audit (which the
-- application's role does not own, so it cannot drop them either) and grants the application's role
-- INSERT and SELECT on the entries and SELECT and UPDATE on the chain head, nothing more.
do $setup$
declare
    app   name := (select pg_get_userbyid(datdba) from pg_database where datname = current_database());
    audit_owner name := current_database() || '_audit';
begin
    if (select rolsuper from pg_roles where rolname = app) then
        raise exception 'The database % is owned by the superuser %: give it to the application''s own role first'
            ' (docs/operations.md)', current_database(), app;
    end if;
    if not exists (select from pg_roles where rolname = audit_owner) then
        execute format('create role %I nologin nosuperuser nocreatedb nocreaterole', audit_owner);
    end if;
    if not pg_has_role(audit_owner, app, 'member') then
        execute format('grant %I to %I', app, audit_owner);
    end if;
    execute format('create schema if not exists audit authorization %I', audit_owner);
    execute format('alter schema audit owner to %I', audit_owner);
    revoke all on schema audit from public;
    execute format('grant usage on schema audit to %I', app);

    create or replace function audit.adopt_trail() returns void
        language plpgsql security definer set search_path = pg_catalog, pg_temp
    as $adopt$
    declare
        app name := (select pg_get_userbyid(datdba) from pg_database where datname = current_database());
    begin
        if to_regclass('public.audit_entry') is not null then
            alter table public.audit_entry set schema audit;
            alter table public.audit_chain_head set schema audit;
            alter function public.audit_entry_is_append_only() set schema audit;
        end if;
        execute format('alter table audit.audit_entry owner to %I', current_user);
        execute format('alter table audit.audit_chain_head owner to %I', current_user);
        execute format('alter function audit.audit_entry_is_append_only() owner to %I', current_user);
        execute format('revoke all on audit.audit_entry, audit.audit_chain_head from %I', app);
        execute format('grant select, insert on audit.audit_entry to %I', app);
        execute format('grant select, update on audit.audit_chain_head to %I', app);
    end
    $adopt$;
    execute format('alter function audit.adopt_trail() owner to %I', audit_owner);
    revoke all on function audit.adopt_trail() from public;
    execute format('grant execute on function audit.adopt_trail() to %I', app);
end
$setup$;
