-- The outbox payload of a large change is large and short-lived (written, read at most once, deleted): store it
-- out of line without compression, which would cost more CPU than the I/O it saves.
alter table outbox alter column payload set storage external;
