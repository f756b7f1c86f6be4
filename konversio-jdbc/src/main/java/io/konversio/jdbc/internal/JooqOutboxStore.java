package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.schema.Tables.OUTBOX;

import io.konversio.core.event.DomainEvent;
import io.konversio.core.spi.OutboxStore;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The outbox table: one row per event, ordered by an identity column, deleted once dispatched. The event is JSON
 * text with a type discriminator (see {@link EventJson}). On PostgreSQL, the transaction that deletes dispatched rows
 * commits without waiting for the WAL flush (a lost delete only means a second delivery) unless it is part of the
 * host's transaction.
 */
final class JooqOutboxStore implements OutboxStore {
  private final JooqTransaction tx;

  JooqOutboxStore(JooqTransaction tx) {
    this.tx = tx;
  }

  @Override
  public void append(List<DomainEvent> events) {
    tx.checkWritable();
    if (events.isEmpty()) {
      return;
    }
    var insert = tx.ctx.insertInto(OUTBOX, OUTBOX.ACCOUNT_ID, OUTBOX.CONVERSATION_ID, OUTBOX.EVENT_ID,
        OUTBOX.EVENT_TYPE, OUTBOX.PAYLOAD, OUTBOX.CREATED_AT);
    for (DomainEvent e : events) {
      OffsetDateTime at = Times.column(e.occurredAt());
      insert = insert.values(e.accountId().value(), e.conversationId().value(), e.id().toString(), e.name(),
          EventJson.write(e), at);
    }
    insert.execute();
  }

  @Override
  public List<Entry> pending(int limit) {
    return tx.ctx.select(OUTBOX.SEQ, OUTBOX.PAYLOAD).from(OUTBOX).orderBy(OUTBOX.SEQ).limit(limit)
        .fetch(r -> new Entry(r.value1(), EventJson.read(r.value2())));
  }

  @Override
  public void markDispatched(List<Long> sequences) {
    tx.checkWritable();
    if (sequences.isEmpty()) {
      return;
    }
    if (tx.isPostgres() && !tx.inHostTransaction()) {
      // Losing this commit in a server crash only delivers the events again (at least once), so it need not wait
      // for the WAL flush; the change and its events were committed durably before.
      tx.ctx.execute("set local synchronous_commit to off");
    }
    tx.ctx.deleteFrom(OUTBOX).where(OUTBOX.SEQ.in(sequences)).execute();
  }
}
