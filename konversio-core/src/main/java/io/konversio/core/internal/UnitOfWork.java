package io.konversio.core.internal;

import io.konversio.core.event.DomainEvent;
import io.konversio.core.spi.StoreTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One write: the store transaction, the time of the change and the events it caused. The events are appended to
 * the outbox in the same transaction when the work returns. Not thread-safe; lives inside one transaction.
 */
public final class UnitOfWork {
  private final StoreTransaction tx;
  private final Instant now;
  private final List<DomainEvent> events = new ArrayList<>();

  UnitOfWork(StoreTransaction tx, Instant now) {
    this.tx = tx;
    this.now = now;
  }

  public StoreTransaction tx() {
    return tx;
  }

  /** The time of this change, read once from the clock so that all its parts agree. */
  public Instant now() {
    return now;
  }

  public void record(DomainEvent event) {
    events.add(event);
  }

  List<DomainEvent> events() {
    return events;
  }
}
