-- PostgreSQL only (Flyway location db/vendor/postgresql): trigram indexes for the conversation text search, which
-- matches lower(column) LIKE '%text%'. Vendor scripts take a minor version after the portable script they follow.
--
-- pg_trgm is a trusted extension (PostgreSQL 13+), so a database owner may create it. Where it cannot be created
-- (no privilege, not installed), search works the same without these indexes. The extension may already live in
-- another schema; its operator class is looked up there.
do $$
declare
  trgm_schema text;
begin
  -- in public if possible, so that dropping Konversio's schema does not drop an extension others may use
  begin
    create extension if not exists pg_trgm schema public;
  exception when others then
    begin
      create extension if not exists pg_trgm;
    exception when others then
      raise notice 'pg_trgm not available (%); text search runs without trigram indexes', sqlerrm;
    end;
  end;
  select n.nspname into trgm_schema
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm';
  if trgm_schema is not null then
    execute format('create index if not exists ix_message_content_trgm on message using gin (lower(content) %I.gin_trgm_ops)', trgm_schema);
    execute format('create index if not exists ix_contact_name_trgm on contact using gin (lower(name) %I.gin_trgm_ops)', trgm_schema);
    execute format('create index if not exists ix_contact_email_trgm on contact using gin (lower(email) %I.gin_trgm_ops)', trgm_schema);
    execute format('create index if not exists ix_contact_phone_trgm on contact using gin (lower(phone_number) %I.gin_trgm_ops)', trgm_schema);
  end if;
end
$$;
