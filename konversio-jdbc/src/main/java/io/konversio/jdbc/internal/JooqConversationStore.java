package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.schema.Tables.CONVERSATION;
import static io.konversio.jdbc.internal.schema.Tables.CONVERSATION_LABEL;
import static io.konversio.jdbc.internal.schema.Tables.DISPLAY_ID_COUNTER;

import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.contact.ContactId;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Priority;
import io.konversio.core.conversation.StaleConversationException;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.search.ConversationCounts;
import io.konversio.core.search.ConversationQuery;
import io.konversio.core.spi.ConversationStore;
import io.konversio.jdbc.internal.schema.tables.records.ConversationRecord;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/**
 * Conversations in {@code conversation}; labels again in {@code conversation_label} for filtering. Updates are
 * optimistic: {@code UPDATE ... WHERE id = ? AND version = ?}, and no row updated means stale. Queries compile to
 * SQL (see {@link ConversationConditions}); custom attribute conditions, if any, are applied in Java to the rows
 * SQL returns, streamed from a cursor, before paging and counting.
 */
final class JooqConversationStore implements ConversationStore {
  private static final int FETCH_SIZE = 200;
  /** Ids per {@code IN} list of one query. */
  static final int IN_LIST_SIZE = 1000;
  /** Every column but the key, in the order of {@link #UPDATE_ALL_SQL}. */
  private static final List<Field<?>> UPDATED_COLUMNS = Stream.of(CONVERSATION.fields())
      .filter(f -> !f.equals(CONVERSATION.ID) && !f.equals(CONVERSATION.ACCOUNT_ID)).toList();
  private static final String UPDATE_ALL_SQL = "update conversation set "
      + UPDATED_COLUMNS.stream().map(f -> f.getName() + " = ?").collect(Collectors.joining(", "))
      + " where id = ? and account_id = ? and version = ?";
  private final JooqTransaction tx;

  JooqConversationStore(JooqTransaction tx) {
    this.tx = tx;
  }

  /** Increments the account's counter row; the row lock makes concurrent callers wait for each other. */
  @Override
  public long nextDisplayId(AccountId account) {
    tx.checkWritable();
    Optional<Long> next = increment(account);
    if (next.isPresent()) {
      return next.get();
    }
    createCounter(tx, account);
    return increment(account).orElseThrow(() -> new IllegalStateException("no display id counter for " + account));
  }

  /**
   * Creates the account's display id counter unless it exists. The account store does this when an account is
   * inserted; this covers accounts that came another way. On PostgreSQL {@code ON CONFLICT DO NOTHING} is safe
   * against a concurrent insert; H2's emulation (a {@code MERGE}) is not, but H2 rolls back only the failed
   * statement, so the duplicate is ignored there.
   */
  static void createCounter(JooqTransaction tx, AccountId account) {
    try {
      tx.ctx.insertInto(DISPLAY_ID_COUNTER, DISPLAY_ID_COUNTER.ACCOUNT_ID, DISPLAY_ID_COUNTER.LAST_VALUE)
          .values(account.value(), 0L).onConflict(DISPLAY_ID_COUNTER.ACCOUNT_ID).doNothing().execute();
    } catch (IntegrityConstraintViolationException e) {
      if (tx.isPostgres()) {
        throw e;
      }
    }
  }

  private Optional<Long> increment(AccountId account) {
    int updated = tx.ctx.update(DISPLAY_ID_COUNTER).set(DISPLAY_ID_COUNTER.LAST_VALUE,
            DISPLAY_ID_COUNTER.LAST_VALUE.plus(1L))
        .where(DISPLAY_ID_COUNTER.ACCOUNT_ID.eq(account.value())).execute();
    if (updated == 0) {
      return Optional.empty();
    }
    return Optional.of(tx.ctx.select(DISPLAY_ID_COUNTER.LAST_VALUE).from(DISPLAY_ID_COUNTER)
        .where(DISPLAY_ID_COUNTER.ACCOUNT_ID.eq(account.value())).fetchSingle().value1());
  }

  @Override
  public void insert(Conversation conversation) {
    tx.insertUnique(tx.ctx.insertInto(CONVERSATION).set(record(conversation)), "conversation " + conversation.id());
    insertLabels(conversation, conversation.labels());
    known(conversation);
  }

  private Conversation known(Conversation c) {
    tx.knownLabels.put(c.id().value(), new JooqTransaction.KnownLabels(c.version(), Set.copyOf(c.labels())));
    return c;
  }

  @Override
  public void update(Conversation conversation, long expectedVersion) {
    tx.checkWritable();
    int updated = tx.ctx.update(CONVERSATION).set(record(conversation))
        .where(CONVERSATION.ID.eq(conversation.id().value()),
            CONVERSATION.ACCOUNT_ID.eq(conversation.accountId().value()), CONVERSATION.VERSION.eq(expectedVersion))
        .execute();
    updated(conversation, expectedVersion, updated);
  }

  /**
   * One prepared statement, written once, bound once per conversation through JDBC and sent as one batch (jOOQ's
   * batch binding cost more than the round trips it saved).
   */
  @Override
  public void updateAll(List<VersionedUpdate> updates) {
    tx.checkWritable();
    if (updates.size() <= 1) {
      updates.forEach(u -> update(u.conversation(), u.expectedVersion()));
      return;
    }
    int[] counts = tx.ctx.connectionResult(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(UPDATE_ALL_SQL)) {
        for (VersionedUpdate u : updates) {
          ConversationRecord r = record(u.conversation());
          int index = 1;
          for (Field<?> f : UPDATED_COLUMNS) {
            statement.setObject(index++, r.get(f));
          }
          statement.setLong(index++, u.conversation().id().value());
          statement.setLong(index++, u.conversation().accountId().value());
          statement.setLong(index, u.expectedVersion());
          statement.addBatch();
        }
        return statement.executeBatch();
      }
    });
    for (int i = 0; i < updates.size(); i++) {
      VersionedUpdate u = updates.get(i);
      updated(u.conversation(), u.expectedVersion(), counts[i]);
    }
  }

  /** After the update of one row: stale when no row changed, else the label rows follow the labels. */
  private void updated(Conversation conversation, long expectedVersion, int rows) {
    long id = conversation.id().value();
    if (rows == 0) {
      Optional<Long> actual = tx.ctx.select(CONVERSATION.VERSION).from(CONVERSATION)
          .where(CONVERSATION.ID.eq(id), CONVERSATION.ACCOUNT_ID.eq(conversation.accountId().value()))
          .fetchOptional(Record1::value1);
      if (actual.isEmpty()) {
        throw new IllegalStateException("conversation " + conversation.id() + " does not exist");
      }
      throw new StaleConversationException(conversation.id(), expectedVersion, actual.get());
    }
    JooqTransaction.KnownLabels before = tx.knownLabels.get(id);
    if (before == null || before.version() != expectedVersion || !before.labels().equals(conversation.labels())) {
      syncLabels(conversation);
    }
    known(conversation);
  }

  private void syncLabels(Conversation conversation) {
    Set<String> stored = new HashSet<>(tx.ctx.select(CONVERSATION_LABEL.LABEL).from(CONVERSATION_LABEL)
        .where(CONVERSATION_LABEL.CONVERSATION_ID.eq(conversation.id().value())).fetch(Record1::value1));
    if (stored.equals(conversation.labels())) {
      return;
    }
    Set<String> removed = new HashSet<>(stored);
    removed.removeAll(conversation.labels());
    if (!removed.isEmpty()) {
      tx.ctx.deleteFrom(CONVERSATION_LABEL).where(CONVERSATION_LABEL.CONVERSATION_ID.eq(conversation.id().value()),
          CONVERSATION_LABEL.LABEL.in(removed)).execute();
    }
    Set<String> added = new LinkedHashSet<>(conversation.labels());
    added.removeAll(stored);
    insertLabels(conversation, added);
  }

  private void insertLabels(Conversation conversation, Set<String> labels) {
    if (labels.isEmpty()) {
      return;
    }
    var insert = tx.ctx.insertInto(CONVERSATION_LABEL, CONVERSATION_LABEL.ACCOUNT_ID,
        CONVERSATION_LABEL.CONVERSATION_ID, CONVERSATION_LABEL.LABEL);
    for (String label : labels) {
      insert = insert.values(conversation.accountId().value(), conversation.id().value(), label);
    }
    insert.execute();
  }

  private ConversationRecord record(Conversation c) {
    ConversationRecord r = tx.ctx.newRecord(CONVERSATION);
    r.setId(c.id().value());
    r.setAccountId(c.accountId().value());
    r.setDisplayId(c.displayId());
    r.setInboxId(c.inboxId().value());
    r.setContactId(c.contactId().value());
    r.setStatus(c.status().code());
    r.setPriority(c.priority().code());
    r.setPriorityRank((short) c.priority().rank());
    r.setAssigneeId(c.assigneeId().map(AgentId::value).orElse(null));
    r.setTeamId(c.teamId().map(TeamId::value).orElse(null));
    r.setLabels(JsonValues.write(JsonValues.stringArray(c.labels())));
    r.setCustomAttributes(JsonValues.write(JsonValues.typedMapNode(c.customAttributes())));
    r.setAdditionalAttributes(JsonValues.write(JsonValues.stringMapNode(c.additionalAttributes())));
    r.setParticipants(JsonValues.write(JsonValues.idArray(c.participants(), AgentId::value)));
    r.setSnoozedUntil(Times.column(c.snoozedUntil()));
    r.setCreatedAt(Times.column(c.createdAt()));
    r.setLastActivityAt(Times.column(c.lastActivityAt()));
    r.setFirstReplyAt(Times.column(c.firstReplyAt()));
    r.setWaitingSince(Times.column(c.waitingSince()));
    r.setVersion(c.version());
    return r;
  }

  static Conversation conversation(ConversationRecord r) {
    return new Conversation(ConversationId.of(r.getId()), AccountId.of(r.getAccountId()), r.getDisplayId(),
        InboxId.of(r.getInboxId()), ContactId.of(r.getContactId()), ConversationStatus.ofCode(r.getStatus()),
        Priority.ofCode(r.getPriority()), Optional.ofNullable(r.getAssigneeId()).map(AgentId::of),
        Optional.ofNullable(r.getTeamId()).map(TeamId::of),
        new LinkedHashSet<>(JsonValues.strings(JsonValues.read(r.getLabels()))),
        JsonValues.typedMap(JsonValues.read(r.getCustomAttributes())),
        JsonValues.stringMap(JsonValues.read(r.getAdditionalAttributes())),
        new LinkedHashSet<>(JsonValues.ids(JsonValues.read(r.getParticipants()), AgentId::of)),
        Times.optional(r.getSnoozedUntil()), Times.instant(r.getCreatedAt()), Times.instant(r.getLastActivityAt()),
        Times.optional(r.getFirstReplyAt()), Times.optional(r.getWaitingSince()), r.getVersion());
  }

  @Override
  public Optional<Conversation> find(AccountId account, ConversationId id) {
    return tx.ctx.selectFrom(CONVERSATION)
        .where(CONVERSATION.ID.eq(id.value()), CONVERSATION.ACCOUNT_ID.eq(account.value()))
        .fetchOptional(JooqConversationStore::conversation).map(this::known);
  }

  /** {@code SELECT ... ORDER BY id FOR UPDATE}, one query per thousand ids taken in increasing order. */
  @Override
  public Map<ConversationId, Conversation> findAllForUpdate(AccountId account, Collection<ConversationId> ids) {
    tx.checkWritable();
    List<Long> values = ids.stream().map(ConversationId::value).distinct().sorted().toList();
    Map<ConversationId, Conversation> found = new LinkedHashMap<>();
    for (int from = 0; from < values.size(); from += IN_LIST_SIZE) {
      tx.ctx.selectFrom(CONVERSATION).where(CONVERSATION.ACCOUNT_ID.eq(account.value()),
              CONVERSATION.ID.in(values.subList(from, Math.min(values.size(), from + IN_LIST_SIZE))))
          .orderBy(CONVERSATION.ID).forUpdate()
          .forEach(r -> {
            Conversation c = known(conversation(r));
            found.put(c.id(), c);
          });
    }
    return found;
  }

  @Override
  public Optional<Conversation> findByDisplayId(AccountId account, long displayId) {
    return tx.ctx.selectFrom(CONVERSATION)
        .where(CONVERSATION.ACCOUNT_ID.eq(account.value()), CONVERSATION.DISPLAY_ID.eq(displayId))
        .fetchOptional(JooqConversationStore::conversation).map(this::known);
  }

  @Override
  public Page<Conversation> query(AccountId account, ConversationQuery query, Optional<AgentId> viewer) {
    Condition where = ConversationConditions.ignoringAssignee(account, query)
        .and(ConversationConditions.assignee(query.assignee(), viewer));
    long offset = (long) query.page() * query.pageSize();
    if (query.attributes().isEmpty()) {
      long total = tx.ctx.fetchCount(CONVERSATION, where);
      List<Conversation> items = tx.ctx.selectFrom(CONVERSATION).where(where)
          .orderBy(ConversationConditions.order(query)).limit(query.pageSize()).offset(offset)
          .fetch(JooqConversationStore::conversation);
      return new Page<>(items, query.page(), query.pageSize(), total);
    }
    List<Conversation> items = new ArrayList<>();
    long total = 0;
    try (Stream<Conversation> matches = matching(where, query)) {
      for (Conversation c : (Iterable<Conversation>) matches::iterator) {
        if (total >= offset && items.size() < query.pageSize()) {
          items.add(c);
        }
        total++;
      }
    }
    return new Page<>(items, query.page(), query.pageSize(), total);
  }

  /** The sorted rows matching {@code where} and the query's attribute conditions, streamed from a cursor. */
  private Stream<Conversation> matching(Condition where, ConversationQuery query) {
    Cursor<ConversationRecord> cursor = tx.ctx.selectFrom(CONVERSATION).where(where)
        .orderBy(ConversationConditions.order(query)).fetchSize(FETCH_SIZE).fetchLazy();
    return cursor.stream().map(JooqConversationStore::conversation)
        .filter(c -> query.attributes().stream().allMatch(a -> a.matches(c.customAttributes().get(a.key()))))
        .onClose(cursor::close);
  }

  @Override
  public ConversationCounts count(AccountId account, ConversationQuery query, Optional<AgentId> viewer) {
    Condition where = ConversationConditions.ignoringAssignee(account, query);
    if (!query.attributes().isEmpty()) {
      long all = 0;
      long unassigned = 0;
      long mine = 0;
      try (Stream<Conversation> matches = matching(where, query)) {
        for (Conversation c : (Iterable<Conversation>) matches::iterator) {
          all++;
          if (c.assigneeId().isEmpty()) {
            unassigned++;
          } else if (viewer.isPresent() && c.assigneeId().equals(viewer)) {
            mine++;
          }
        }
      }
      return new ConversationCounts(mine, unassigned, all - unassigned, all);
    }
    Field<Integer> all = DSL.count();
    Field<Integer> unassigned = DSL.count().filterWhere(CONVERSATION.ASSIGNEE_ID.isNull());
    Field<Integer> mine = viewer.isPresent()
        ? DSL.count().filterWhere(CONVERSATION.ASSIGNEE_ID.eq(viewer.get().value()))
        : DSL.inline(0);
    var row = tx.ctx.select(all, unassigned, mine).from(CONVERSATION).where(where).fetchSingle();
    long a = row.value1();
    long u = row.value2();
    return new ConversationCounts(row.value3(), u, a - u, a);
  }

  @Override
  public Map<AgentId, Long> openCountsByAssignee(AccountId account, InboxId inbox) {
    Map<AgentId, Long> counts = new HashMap<>();
    tx.ctx.select(CONVERSATION.ASSIGNEE_ID, DSL.count()).from(CONVERSATION)
        .where(CONVERSATION.ACCOUNT_ID.eq(account.value()), CONVERSATION.INBOX_ID.eq(inbox.value()),
            CONVERSATION.STATUS.eq(ConversationStatus.OPEN.code()), CONVERSATION.ASSIGNEE_ID.isNotNull())
        .groupBy(CONVERSATION.ASSIGNEE_ID)
        .forEach(r -> counts.put(AgentId.of(r.value1()), r.value2().longValue()));
    return counts;
  }
}
