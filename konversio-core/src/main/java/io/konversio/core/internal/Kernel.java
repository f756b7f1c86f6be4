package io.konversio.core.internal;

import io.konversio.core.event.DomainEvent;
import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.StoreTransaction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs units of work against the store and dispatches their events after commit. Thread-safe.
 */
public final class Kernel {
  private final Clock clock;
  private final DataStore store;
  private final Dispatcher dispatcher;

  public Kernel(Clock clock, DataStore store, Dispatcher dispatcher) {
    this.clock = clock;
    this.store = store;
    this.dispatcher = dispatcher;
  }

  public Clock clock() {
    return clock;
  }

  public DataStore store() {
    return store;
  }

  /**
   * Runs {@code work} in a write transaction, stores its events in the outbox, commits, then dispatches (without
   * reading the outbox when the work recorded no events and nothing was left pending).
   */
  public <T> T write(Function<UnitOfWork, T> work) {
    List<DomainEvent> appended = new ArrayList<>();
    T result = store.write(tx -> {
      appended.clear();
      UnitOfWork unit = new UnitOfWork(tx, clock.instant());
      T value = work.apply(unit);
      if (!unit.events().isEmpty()) {
        tx.outbox().append(unit.events());
        appended.addAll(unit.events());
      }
      return value;
    });
    dispatcher.afterCommit(appended);
    return result;
  }

  public <T> T read(Function<StoreTransaction, T> work) {
    return store.read(work);
  }

  public Dispatcher dispatcher() {
    return dispatcher;
  }
}
