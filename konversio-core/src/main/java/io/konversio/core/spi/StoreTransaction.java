package io.konversio.core.spi;

/**
 * The stores of one transaction. Valid only inside the callback it was passed to; not thread-safe.
 */
public interface StoreTransaction {

  /** A new id from the named sequence ({@code account}, {@code conversation}, {@code message}, ...). */
  long nextId(String sequence);

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
