package io.konversio.core.spi;

import io.konversio.core.event.DomainEvent;
import java.util.List;

/**
 * The outbox: events written in the same transaction as the change that caused them, dispatched after commit.
 */
public interface OutboxStore {

  /** One pending event with its position in the outbox. */
  record Entry(long sequence, DomainEvent event) {
  }

  void append(List<DomainEvent> events);

  /** Up to {@code limit} undispatched events, in the order they were appended. */
  List<Entry> pending(int limit);

  /** Marks the events up to and including {@code sequence} among those returned by {@link #pending} as sent. */
  void markDispatched(List<Long> sequences);
}
