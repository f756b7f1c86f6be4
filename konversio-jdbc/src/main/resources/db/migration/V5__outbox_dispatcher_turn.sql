-- Whose turn it is to dispatch the outbox when several processes share the database: one row, updated to claim,
-- renew and give up the turn (see OutboxStore.claimDispatch). holder is a random name per Konversio instance;
-- lease_until is the database's time at which an unrenewed turn expires. Portable SQL.
create table outbox_dispatcher (
  id int not null,
  holder varchar(64),
  lease_until timestamp with time zone,
  constraint pk_outbox_dispatcher primary key (id)
);
insert into outbox_dispatcher (id, holder, lease_until) values (1, null, null);
