-- The outbox payload of a large change is large, repetitive JSON (every event carries its conversation) and
-- short-lived. Compress it with lz4 where the server supports it (PostgreSQL 14+ built with lz4): cheaper in CPU than
-- the default pglz and it halves the WAL written per change; elsewhere keep the default.
do $$
begin
  execute 'alter table outbox alter column payload set compression lz4';
exception when others then
  null;
end
$$;
