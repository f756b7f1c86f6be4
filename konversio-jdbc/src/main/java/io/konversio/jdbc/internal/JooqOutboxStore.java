package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.schema.Tables.OUTBOX;
import static io.konversio.jdbc.internal.schema.Tables.OUTBOX_DISPATCHER;

import io.konversio.core.event.DomainEvent;
import io.konversio.core.spi.OutboxStore;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The outbox table: one row per {@link #append} (the events of one change), ordered by an identity column, deleted
 * once all of its events are dispatched. The payload is a JSON array of the events with a type discriminator each
 * (see {@link EventJson}). An event's sequence is its row's identity shifted left by {@value #INDEX_BITS} bits plus
 * its index in the row, so sequences increase in the order of appending. A row whose events are dispatched in part
 * lists the delivered indexes in {@code dispatched}. On PostgreSQL, the transaction that deletes dispatched rows
 * commits without waiting for the WAL flush (a lost delete only means a second delivery) unless it is part of the
 * host's transaction.
 */
final class JooqOutboxStore implements OutboxStore {
  static final int INDEX_BITS = 20;
  private static final int MAX_EVENTS_PER_ROW = 1 << INDEX_BITS;
  private static final int FETCH_SIZE = 20;
  private final JooqTransaction tx;

  JooqOutboxStore(JooqTransaction tx) {
    this.tx = tx;
  }

  @Override
  public void append(List<DomainEvent> events) {
    tx.checkWritable();
    for (int from = 0; from < events.size(); from += MAX_EVENTS_PER_ROW) {
      List<DomainEvent> row = events.subList(from, Math.min(events.size(), from + MAX_EVENTS_PER_ROW));
      DomainEvent first = row.get(0);
      StringBuilder ids = new StringBuilder(row.size() * 37);
      for (DomainEvent e : row) {
        ids.append(ids.length() == 0 ? "" : ",").append(e.id());
      }
      tx.ctx.insertInto(OUTBOX, OUTBOX.ACCOUNT_ID, OUTBOX.CONVERSATION_ID, OUTBOX.EVENT_ID, OUTBOX.EVENT_TYPE,
              OUTBOX.PAYLOAD, OUTBOX.CREATED_AT, OUTBOX.EVENT_COUNT, OUTBOX.EVENT_IDS)
          .values(first.accountId().value(), first.conversationId().value(), first.id().toString(), first.name(),
              EventJson.writeAll(row), Times.column(first.occurredAt()), row.size(), ids.toString())
          .execute();
    }
  }

  @Override
  public List<Entry> pending(int limit) {
    List<Entry> entries = new ArrayList<>();
    // a cursor: rows may hold many events each, and reading stops at the limit
    try (var rows = tx.ctx.select(OUTBOX.SEQ, OUTBOX.EVENT_COUNT, OUTBOX.DISPATCHED, OUTBOX.PAYLOAD).from(OUTBOX)
        .orderBy(OUTBOX.SEQ).limit(limit).fetchSize(FETCH_SIZE).fetchLazy()) {
      for (var r : rows) {
        if (!add(entries, limit, r.value1(), dispatched(r.value3()), EventJson.readAll(r.value4()))) {
          break;
        }
      }
    }
    return entries;
  }

  /**
   * Reads the rows' positions and event ids first, then the payloads of the rows whose events {@code known} does
   * not all hold.
   */
  @Override
  public List<Entry> pending(int limit, Map<UUID, DomainEvent> known) {
    if (known.isEmpty()) {
      return pending(limit);
    }
    Result<Record4<Long, Integer, String, String>> rows = tx.ctx
        .select(OUTBOX.SEQ, OUTBOX.EVENT_COUNT, OUTBOX.DISPATCHED, DSL.coalesce(OUTBOX.EVENT_IDS, OUTBOX.EVENT_ID))
        .from(OUTBOX).orderBy(OUTBOX.SEQ).limit(limit).fetch();
    Map<Long, List<@Nullable DomainEvent>> found = new HashMap<>();
    List<Long> unknown = new ArrayList<>();
    for (var r : rows) {
      // the row's delivered events are no longer known: look up the others only
      Set<Integer> dispatched = dispatched(r.value3());
      String[] ids = r.value4().split(",");
      List<@Nullable DomainEvent> events = new ArrayList<>(ids.length);
      boolean all = true;
      for (int i = 0; i < ids.length && all; i++) {
        DomainEvent e = dispatched.contains(i) ? null : known.get(UUID.fromString(ids[i]));
        all = e != null || dispatched.contains(i);
        events.add(e);
      }
      if (all) {
        found.put(r.value1(), events);
      } else {
        unknown.add(r.value1());
      }
    }
    if (!unknown.isEmpty()) {
      tx.ctx.select(OUTBOX.SEQ, OUTBOX.PAYLOAD).from(OUTBOX).where(OUTBOX.SEQ.in(unknown))
          .forEach(r -> found.put(r.value1(), new ArrayList<>(EventJson.readAll(r.value2()))));
    }
    List<Entry> entries = new ArrayList<>();
    for (var r : rows) {
      List<@Nullable DomainEvent> events = found.get(r.value1());
      // absent only if another node dispatched the row in between
      if (events != null && !add(entries, limit, r.value1(), dispatched(r.value3()), events)) {
        break;
      }
    }
    return entries;
  }

  /** Adds the row's undelivered events up to the limit; false once the limit is reached. */
  private static boolean add(List<Entry> entries, int limit, long row, Set<Integer> dispatched,
      List<? extends @Nullable DomainEvent> events) {
    for (int i = 0; i < events.size(); i++) {
      if (entries.size() >= limit) {
        return false;
      }
      DomainEvent event = events.get(i);
      if (!dispatched.contains(i) && event != null) {
        entries.add(new Entry((row << INDEX_BITS) | i, event));
      }
    }
    return entries.size() < limit;
  }

  private static Set<Integer> dispatched(@Nullable String column) {
    if (column == null || column.isEmpty()) {
      return Set.of();
    }
    return Arrays.stream(column.split(",")).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * The first row by the primary key, not {@code EXISTS}: the outbox is a queue whose deleted rows stay until vacuum,
   * and PostgreSQL answers {@code EXISTS} with a sequential scan over all of them, each time (0.2 ms per dispatch in
   * the single-command benchmark), while the index scan skips the entries it found dead once.
   */
  @Override
  public boolean hasPending() {
    return tx.ctx.select(OUTBOX.SEQ).from(OUTBOX).orderBy(OUTBOX.SEQ).limit(1).fetchOptional().isPresent();
  }

  /**
   * One {@code UPDATE} of the single {@code outbox_dispatcher} row, which waits for a concurrent claim to commit and
   * then sees its outcome; lease times are the database's, so node clocks need not agree. Inside the host's
   * transaction the turn is always granted: the row lock would be held until the host commits and make every other
   * node wait that long.
   */
  @Override
  public boolean claimDispatch(String dispatcher, Duration lease) {
    tx.checkWritable();
    if (tx.inHostTransaction()) {
      return true;
    }
    asynchronousCommit();
    Field<OffsetDateTime> until = DSL.field("current_timestamp + interval '" + lease.toSeconds() + "' second",
        OffsetDateTime.class);
    return tx.ctx.update(OUTBOX_DISPATCHER).set(OUTBOX_DISPATCHER.HOLDER, dispatcher)
        .set(OUTBOX_DISPATCHER.LEASE_UNTIL, until)
        .where(OUTBOX_DISPATCHER.ID.eq(1), OUTBOX_DISPATCHER.HOLDER.isNull()
            .or(OUTBOX_DISPATCHER.HOLDER.eq(dispatcher))
            .or(OUTBOX_DISPATCHER.LEASE_UNTIL.lt(DSL.currentOffsetDateTime())))
        .execute() == 1;
  }

  @Override
  public void releaseDispatch(String dispatcher) {
    tx.checkWritable();
    if (tx.inHostTransaction()) {
      return;
    }
    asynchronousCommit();
    tx.ctx.update(OUTBOX_DISPATCHER).setNull(OUTBOX_DISPATCHER.HOLDER).setNull(OUTBOX_DISPATCHER.LEASE_UNTIL)
        .where(OUTBOX_DISPATCHER.ID.eq(1), OUTBOX_DISPATCHER.HOLDER.eq(dispatcher)).execute();
  }

  /**
   * On PostgreSQL, lets this transaction commit without waiting for the WAL flush: losing it in a server crash only
   * delivers events again (at least once) or ends a turn early; the change and its events were committed durably.
   */
  private void asynchronousCommit() {
    if (tx.isPostgres() && !tx.inHostTransaction() && !tx.asynchronousCommit) {
      tx.ctx.execute("set local synchronous_commit to off");
      tx.asynchronousCommit = true;
    }
  }

  @Override
  public void markDispatched(List<Long> sequences) {
    tx.checkWritable();
    if (sequences.isEmpty()) {
      return;
    }
    Map<Long, TreeSet<Integer>> byRow = new TreeMap<>();
    for (long sequence : sequences) {
      byRow.computeIfAbsent(sequence >>> INDEX_BITS, k -> new TreeSet<>())
          .add((int) (sequence & (MAX_EVENTS_PER_ROW - 1)));
    }
    asynchronousCommit();
    // The common case, a row whose events were all delivered now and none before, takes one delete that checks
    // exactly that; when it removes fewer rows than asked, every row takes the read-then-write path below (the
    // deleted ones are no longer found there).
    Map<Integer, List<Long>> wholeBySize = new TreeMap<>(); // a few sizes: one condition each, not one per row
    int wholeRows = 0;
    for (var e : byRow.entrySet()) {
      if (fromFirst(e.getValue())) {
        wholeBySize.computeIfAbsent(e.getValue().size(), k -> new ArrayList<>()).add(e.getKey());
        wholeRows++;
      }
    }
    Condition whole = DSL.noCondition();
    for (var e : wholeBySize.entrySet()) {
      whole = whole.or(OUTBOX.EVENT_COUNT.eq(e.getKey()).and(OUTBOX.SEQ.in(e.getValue())));
    }
    Set<Long> rest = new TreeSet<>(byRow.keySet());
    if (wholeRows > 0
        && tx.ctx.deleteFrom(OUTBOX).where(whole.and(OUTBOX.DISPATCHED.isNull())).execute() == wholeRows) {
      rest.removeIf(row -> fromFirst(byRow.get(row)));
    }
    if (rest.isEmpty()) {
      return;
    }
    List<Long> done = new ArrayList<>();
    for (var r : tx.ctx.select(OUTBOX.SEQ, OUTBOX.EVENT_COUNT, OUTBOX.DISPATCHED).from(OUTBOX)
        .where(OUTBOX.SEQ.in(rest)).fetch()) {
      Set<Integer> delivered = new TreeSet<>(dispatched(r.value3()));
      delivered.addAll(byRow.get(r.value1()));
      delivered.removeIf(i -> i >= r.value2());
      if (delivered.size() >= r.value2()) {
        done.add(r.value1());
      } else {
        tx.ctx.update(OUTBOX).set(OUTBOX.DISPATCHED,
                delivered.stream().map(String::valueOf).collect(Collectors.joining(",")))
            .where(OUTBOX.SEQ.eq(r.value1())).execute();
      }
    }
    if (!done.isEmpty()) {
      tx.ctx.deleteFrom(OUTBOX).where(OUTBOX.SEQ.in(done)).execute();
    }
  }

  /** Whether the indexes are 0, 1, ..., n - 1. */
  private static boolean fromFirst(TreeSet<Integer> indexes) {
    return indexes.last() == indexes.size() - 1;
  }
}
