package io.konversio.jdbc.internal;

import io.konversio.core.spi.AccountStore;
import io.konversio.core.spi.AgentStore;
import io.konversio.core.spi.AttributeStore;
import io.konversio.core.spi.ContactStore;
import io.konversio.core.spi.ConversationStore;
import io.konversio.core.spi.DueWorkStore;
import io.konversio.core.spi.InboxStore;
import io.konversio.core.spi.LabelStore;
import io.konversio.core.spi.MessageStore;
import io.konversio.core.spi.NotificationStore;
import io.konversio.core.spi.OutboxStore;
import io.konversio.core.spi.SavedFilterStore;
import io.konversio.core.spi.StoreTransaction;
import io.konversio.core.spi.TeamStore;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.exception.IntegrityConstraintViolationException;

/** The stores of one database transaction. Not thread-safe; valid only inside the callback. */
final class JooqTransaction implements StoreTransaction {
  final JooqDataStore store;
  final DSLContext ctx;
  private final boolean writable;
  private final boolean inHostTransaction;
  /**
   * The labels of each conversation as read or written in this transaction, at that version: an update from that
   * version that keeps them needs no look at {@code conversation_label} (the version check proves the row unchanged).
   */
  final Map<Long, KnownLabels> knownLabels = new HashMap<>();
  /**
   * The messages inserted in this transaction, by identity, with their ids: the outbox writes an event's message that
   * is one of them as a reference to its row ({@link EventJson}), which commits with it and never changes, instead of
   * a second copy of its content.
   */
  final Map<Object, Long> insertedMessages = new IdentityHashMap<>();
  /** Whether this transaction already asked PostgreSQL not to wait for the WAL flush at commit. */
  boolean asynchronousCommit;

  /** A conversation's labels at a version. */
  record KnownLabels(long version, Set<String> labels) {
  }

  JooqTransaction(JooqDataStore store, DSLContext ctx, boolean writable, boolean inHostTransaction) {
    this.store = store;
    this.ctx = ctx;
    this.writable = writable;
    this.inHostTransaction = inHostTransaction;
  }

  void checkWritable() {
    if (!writable) {
      throw new IllegalStateException("cannot write in a read transaction");
    }
  }

  /** Runs an insert; a duplicate key becomes an {@link IllegalStateException} naming {@code what}. */
  void insertUnique(Query insert, String what) {
    checkWritable();
    try {
      insert.execute();
    } catch (IntegrityConstraintViolationException e) {
      throw new IllegalStateException(what + " exists", e);
    }
  }

  /** The exception for an update of a record that the account does not have. */
  static IllegalStateException missing(String kind, Object id, Object account) {
    return new IllegalStateException(kind + " " + id + " does not exist in account " + account);
  }

  boolean isPostgres() {
    return store.isPostgres();
  }

  /** Whether this transaction runs inside the host's transaction (whose commit is the host's business). */
  boolean inHostTransaction() {
    return inHostTransaction;
  }

  @Override
  public long nextId(String sequence) {
    checkWritable();
    return store.nextId(ctx, sequence, inHostTransaction);
  }

  @Override
  public long[] nextIds(String sequence, int count) {
    checkWritable();
    return store.nextIds(ctx, sequence, inHostTransaction, count);
  }

  @Override
  public AccountStore accounts() {
    return new JooqAccountStore(this);
  }

  @Override
  public InboxStore inboxes() {
    return new JooqInboxStore(this);
  }

  @Override
  public AgentStore agents() {
    return new JooqAgentStore(this);
  }

  @Override
  public TeamStore teams() {
    return new JooqTeamStore(this);
  }

  @Override
  public ContactStore contacts() {
    return new JooqContactStore(this);
  }

  @Override
  public LabelStore labels() {
    return new JooqLabelStore(this);
  }

  @Override
  public AttributeStore attributes() {
    return new JooqAttributeStore(this);
  }

  @Override
  public ConversationStore conversations() {
    return new JooqConversationStore(this);
  }

  @Override
  public MessageStore messages() {
    return new JooqMessageStore(this);
  }

  @Override
  public NotificationStore notifications() {
    return new JooqNotificationStore(this);
  }

  @Override
  public SavedFilterStore savedFilters() {
    return new JooqSavedFilterStore(this);
  }

  @Override
  public DueWorkStore dueWork() {
    return new JooqDueWorkStore(this);
  }

  @Override
  public OutboxStore outbox() {
    return new JooqOutboxStore(this);
  }
}
