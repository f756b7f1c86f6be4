package io.konversio.core.spi;

/**
 * The stores of one transaction. Valid only inside the callback it was passed to; not thread-safe.
 */
public interface StoreTransaction {

  /**
   * A new id from the named sequence ({@code account}, {@code conversation}, {@code message}, ...): positive, never
   * the same for two transactions that both commit, and higher than the ids the sequence handed out before in the
   * same transaction or in an earlier one of the same thread. Ids of a rolled-back transaction may be reused or
   * skipped. Sequences may share one counter; nothing requires them to start at 1.
   */
  long nextId(String sequence);

  /**
   * {@code count} new ids from the named sequence, in increasing order, with the guarantees of {@link #nextId}.
   * A store may fetch them in one round trip; the default calls {@link #nextId} {@code count} times.
   */
  default long[] nextIds(String sequence, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    long[] ids = new long[count];
    for (int i = 0; i < count; i++) {
      ids[i] = nextId(sequence);
    }
    return ids;
  }

  AccountStore accounts();

  InboxStore inboxes();

  AgentStore agents();

  TeamStore teams();

  ContactStore contacts();

  LabelStore labels();

  AttributeStore attributes();

  ConversationStore conversations();

  MessageStore messages();

  NotificationStore notifications();

  SavedFilterStore savedFilters();

  DueWorkStore dueWork();

  OutboxStore outbox();
}
