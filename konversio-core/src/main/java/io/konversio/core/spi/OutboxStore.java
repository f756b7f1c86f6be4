package io.konversio.core.spi;

import io.konversio.core.event.DomainEvent;
import java.util.List;

/**
 * The outbox: events written in the same transaction as the change that caused them, dispatched after commit.
 * Every event is read back {@code equals} to the one appended (records compare by value: the conversation,
 * message, notification and the change values of a {@link io.konversio.core.event.ConversationUpdated} included),
 * so a store that serializes events must keep each value's type. Used inside one transaction only.
 */
public interface OutboxStore {

  /** One pending event with its position in the outbox. */
  record Entry(long sequence, DomainEvent event) {
  }

  /** Appends the events in their order, after every event appended before; an empty list appends nothing. */
  void append(List<DomainEvent> events);

  /** Up to {@code limit} undispatched events, oldest first; their sequences increase in the order of appending. */
  List<Entry> pending(int limit);

  /**
   * Marks exactly the events with these sequences (from {@link #pending}) as sent, so that they are pending no
   * more; others stay pending, even older ones. Unknown or already sent sequences are ignored.
   */
  void markDispatched(List<Long> sequences);
}
