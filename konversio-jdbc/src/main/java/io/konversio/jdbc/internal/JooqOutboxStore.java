package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.schema.Tables.MESSAGE;
import static io.konversio.jdbc.internal.schema.Tables.OUTBOX;
import static io.konversio.jdbc.internal.schema.Tables.OUTBOX_DISPATCHER;

import io.konversio.core.conversation.Message;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.spi.OutboxStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
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
  /**
   * PostgreSQL, two statements sent in one round trip: claims the turn (as {@link #claimDispatch}), turning off the
   * synchronous commit of the transaction when it is granted (one row returned), then reads the heads of the oldest
   * rows if this dispatcher holds the turn. Two statements, not one with the claim in a {@code WITH}: the read needs
   * a snapshot taken after the claim, which may have waited for the previous holder's commit; in the claim's
   * snapshot the rows that holder just deleted would still be there, and go out twice. Parameters: dispatcher, lease
   * in seconds, dispatcher, dispatcher, row limit.
   */
  private static final String CLAIM_AND_READ = "update outbox_dispatcher set holder = ?,"
      + " lease_until = current_timestamp + ? * interval '1 second' where id = 1"
      + " and (holder is null or holder = ? or lease_until < current_timestamp)"
      + " returning set_config('synchronous_commit', 'off', true);"
      + " select seq, dispatched, coalesce(event_ids, event_id) from outbox"
      + " where exists (select 1 from outbox_dispatcher where id = 1 and holder = ?) order by seq limit ?";
  /** PostgreSQL: deletes rows delivered whole (parameters: their seqs, their event counts). */
  private static final String DELETE_WHOLE = "delete from outbox where dispatched is null"
      + " and (seq, event_count) in (select * from unnest(?::bigint[], ?::int[])) returning 1";
  /** PostgreSQL: {@link #DELETE_WHOLE}, turning off the synchronous commit; returns the number deleted. */
  private static final String MARK = "with d as (" + DELETE_WHOLE + ")"
      + " select count(*), set_config('synchronous_commit', 'off', true) from d";
  /** PostgreSQL: {@link #MARK}, also giving up the turn of the dispatcher named by the third parameter. */
  private static final String MARK_AND_RELEASE = "with d as (" + DELETE_WHOLE + "), released as ("
      + "update outbox_dispatcher set holder = null, lease_until = null where id = 1 and holder = ? returning 1)"
      + " select count(*), set_config('synchronous_commit', 'off', true) from d";
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
              EventJson.writeAll(row, tx.insertedMessages), Times.column(first.occurredAt()), row.size(), ids.toString())
          .execute();
    }
  }

  @Override
  public List<Entry> pending(int limit) {
    List<Entry> entries = new ArrayList<>();
    // a cursor: rows may hold many events each, and reading stops at the limit
    try (var rows = tx.ctx.select(OUTBOX.SEQ, OUTBOX.ACCOUNT_ID, OUTBOX.DISPATCHED, OUTBOX.PAYLOAD).from(OUTBOX)
        .orderBy(OUTBOX.SEQ).limit(limit).fetchSize(FETCH_SIZE).fetchLazy()) {
      for (var r : rows) {
        if (!add(entries, limit, r.value1(), dispatched(r.value3()), events(r.value2(), r.value4()))) {
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
    List<Head> heads = tx.ctx
        .select(OUTBOX.SEQ, OUTBOX.EVENT_COUNT, OUTBOX.DISPATCHED, DSL.coalesce(OUTBOX.EVENT_IDS, OUTBOX.EVENT_ID))
        .from(OUTBOX).orderBy(OUTBOX.SEQ).limit(limit).fetch(r -> new Head(r.value1(), r.value3(), r.value4()));
    return entries(heads, limit, known);
  }

  /** A pending row without its payload: its position, the indexes of its delivered events and its event ids. */
  private record Head(long seq, @Nullable String dispatched, String ids) {
  }

  /**
   * The undelivered events of the rows, in order and up to the limit: those that {@code known} holds from it, the
   * others read from the payloads of the rows that need it, and only of rows within the limit.
   */
  private List<Entry> entries(List<Head> heads, int limit, Map<UUID, DomainEvent> known) {
    Map<Long, List<@Nullable DomainEvent>> found = new HashMap<>();
    List<Long> unknown = new ArrayList<>();
    int undelivered = 0;
    int considered = 0;
    for (Head head : heads) {
      if (undelivered >= limit) {
        break;
      }
      considered++;
      // the row's delivered events are no longer known: look up the others only
      Set<Integer> dispatched = dispatched(head.dispatched());
      String[] ids = head.ids().split(",");
      List<@Nullable DomainEvent> events = new ArrayList<>(ids.length);
      boolean all = true;
      for (int i = 0; i < ids.length && all; i++) {
        DomainEvent e = dispatched.contains(i) ? null : known.get(UUID.fromString(ids[i]));
        all = e != null || dispatched.contains(i);
        events.add(e);
      }
      undelivered += ids.length - dispatched.size();
      if (all) {
        found.put(head.seq(), events);
      } else {
        unknown.add(head.seq());
      }
    }
    if (!unknown.isEmpty()) {
      tx.ctx.select(OUTBOX.SEQ, OUTBOX.ACCOUNT_ID, OUTBOX.PAYLOAD).from(OUTBOX).where(OUTBOX.SEQ.in(unknown))
          .forEach(r -> found.put(r.value1(), new ArrayList<>(events(r.value2(), r.value3()))));
    }
    List<Entry> entries = new ArrayList<>();
    for (Head head : heads.subList(0, considered)) {
      List<@Nullable DomainEvent> events = found.get(head.seq());
      // absent only if another node dispatched the row in between
      if (events != null && !add(entries, limit, head.seq(), dispatched(head.dispatched()), events)) {
        break;
      }
    }
    return entries;
  }

  /** The events of a row of {@code account}, with the message rows its payload refers to read in one query. */
  private List<DomainEvent> events(long account, String payload) {
    return EventJson.readAll(payload, ids -> {
      Map<Long, Message> messages = new HashMap<>();
      List<Long> all = new ArrayList<>(ids);
      for (int from = 0; from < all.size(); from += JooqConversationStore.IN_LIST_SIZE) {
        tx.ctx.selectFrom(MESSAGE).where(MESSAGE.ACCOUNT_ID.eq(account),
                MESSAGE.ID.in(all.subList(from, Math.min(all.size(), from + JooqConversationStore.IN_LIST_SIZE))))
            .forEach(r -> messages.put(r.getId(), JooqMessageStore.message(r)));
      }
      return messages;
    });
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

  /** Whether the dispatcher's statements take PostgreSQL's one-round-trip forms: not inside the host's transaction. */
  private boolean singleStatements() {
    return tx.isPostgres() && !tx.inHostTransaction();
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

  /**
   * On PostgreSQL outside the host's transaction, the claim (which also turns off the synchronous commit) and the read
   * of the pending rows' heads go in one round trip: two with the commit, not four.
   */
  @Override
  public @Nullable List<Entry> claimAndRead(String dispatcher, Duration lease, int limit,
      Map<UUID, DomainEvent> known) {
    tx.checkWritable();
    if (!singleStatements()) {
      return OutboxStore.super.claimAndRead(dispatcher, lease, limit, known);
    }
    List<Head> heads = new ArrayList<>();
    boolean granted = tx.ctx.connectionResult(c -> {
      try (PreparedStatement statement = c.prepareStatement(CLAIM_AND_READ)) {
        statement.setString(1, dispatcher);
        statement.setLong(2, lease.toSeconds());
        statement.setString(3, dispatcher);
        statement.setString(4, dispatcher);
        statement.setInt(5, limit);
        statement.execute();
        boolean claimed;
        try (ResultSet rows = statement.getResultSet()) {
          claimed = rows.next();
        }
        statement.getMoreResults();
        try (ResultSet rows = statement.getResultSet()) {
          while (rows.next()) {
            heads.add(new Head(rows.getLong(1), rows.getString(2), rows.getString(3)));
          }
        }
        return claimed;
      }
    });
    tx.asynchronousCommit |= granted;
    return granted ? entries(heads, limit, known) : null;
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
      tx.ctx.connection(c -> {
        try (Statement statement = c.createStatement()) {
          statement.execute("set local synchronous_commit to off");
        }
      });
      tx.asynchronousCommit = true;
    }
  }

  @Override
  public void markDispatched(List<Long> sequences) {
    tx.checkWritable();
    if (!sequences.isEmpty()) {
      mark(sequences, null);
    }
  }

  /**
   * On PostgreSQL outside the host's transaction, the delete of the rows delivered whole and the release of the turn
   * are one statement, and the look for pending events another: three round trips with the commit, not six.
   */
  @Override
  public boolean markReleaseAndLook(List<Long> sequences, String dispatcher) {
    tx.checkWritable();
    if (!singleStatements()) {
      return OutboxStore.super.markReleaseAndLook(sequences, dispatcher);
    }
    mark(sequences, dispatcher);
    return hasPending();
  }

  /**
   * Marks the events dispatched; with {@code releasing} (on PostgreSQL outside the host's transaction only), also
   * gives up that dispatcher's turn in the statement that deletes the rows delivered whole.
   */
  private void mark(List<Long> sequences, @Nullable String releasing) {
    Map<Long, TreeSet<Integer>> byRow = new TreeMap<>();
    for (long sequence : sequences) {
      byRow.computeIfAbsent(sequence >>> INDEX_BITS, k -> new TreeSet<>())
          .add((int) (sequence & (MAX_EVENTS_PER_ROW - 1)));
    }
    // The common case, a row whose events were all delivered now and none before, takes one delete that checks
    // exactly that; when it removes fewer rows than asked, every row takes the read-then-write path below (the
    // deleted ones are no longer found there).
    Map<Long, Integer> whole = new TreeMap<>();
    for (var e : byRow.entrySet()) {
      if (fromFirst(e.getValue())) {
        whole.put(e.getKey(), e.getValue().size());
      }
    }
    Set<Long> rest = new TreeSet<>(byRow.keySet());
    if (deleteWhole(whole, releasing) == whole.size()) {
      rest.removeAll(whole.keySet());
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

  /**
   * Deletes the rows none of whose events were delivered before and that hold exactly the given number of events
   * (row to count), and returns how many it deleted. On PostgreSQL outside the host's transaction this is one
   * statement of constant text that also turns off the synchronous commit and, with {@code releasing}, gives up the
   * turn; elsewhere a jOOQ delete, with one condition per count (a few), not one per row.
   */
  private int deleteWhole(Map<Long, Integer> whole, @Nullable String releasing) {
    if (singleStatements()) {
      Long[] seqs = whole.keySet().toArray(Long[]::new);
      Integer[] counts = whole.values().toArray(Integer[]::new);
      int deleted = tx.ctx.connectionResult(c -> {
        try (PreparedStatement statement = c.prepareStatement(releasing == null ? MARK : MARK_AND_RELEASE)) {
          statement.setArray(1, c.createArrayOf("bigint", seqs));
          statement.setArray(2, c.createArrayOf("int", counts));
          if (releasing != null) {
            statement.setString(3, releasing);
          }
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
          }
        }
      });
      tx.asynchronousCommit = true;
      return deleted;
    }
    asynchronousCommit();
    if (whole.isEmpty()) {
      return 0;
    }
    Map<Integer, List<Long>> bySize = new TreeMap<>();
    whole.forEach((seq, count) -> bySize.computeIfAbsent(count, k -> new ArrayList<>()).add(seq));
    Condition condition = DSL.noCondition();
    for (var e : bySize.entrySet()) {
      condition = condition.or(OUTBOX.EVENT_COUNT.eq(e.getKey()).and(OUTBOX.SEQ.in(e.getValue())));
    }
    return tx.ctx.deleteFrom(OUTBOX).where(condition.and(OUTBOX.DISPATCHED.isNull())).execute();
  }

  /** Whether the indexes are 0, 1, ..., n - 1. */
  private static boolean fromFirst(TreeSet<Integer> indexes) {
    return indexes.last() == indexes.size() - 1;
  }
}
