-- One outbox row per change (unit of work) instead of one per event: a change that posts 500 messages writes one
-- row, not a thousand. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- payload: a JSON array of the change's events in order (rows written before V4 hold one event object);
-- event_ids: the events' ids, comma-separated, so that a dispatcher that holds the events need not read payload;
-- dispatched: the indexes (comma-separated) of the row's events already delivered while others were not; a row is
-- deleted once all of its events are. event_id, event_type and conversation_id describe the row's first event.
alter table outbox add column event_count int default 1 not null;
alter table outbox add column event_ids text;
alter table outbox add column dispatched text;
