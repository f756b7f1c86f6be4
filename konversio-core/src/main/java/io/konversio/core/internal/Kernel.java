package io.konversio.core.internal;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.StoreTransaction;
import java.time.Clock;
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

  /** Runs {@code work} in a write transaction, stores its events in the outbox, commits, then dispatches. */
  public <T> T write(Function<UnitOfWork, T> work) {
    T result = store.write(tx -> {
      UnitOfWork unit = new UnitOfWork(tx, clock.instant());
      T value = work.apply(unit);
      if (!unit.events().isEmpty()) {
        tx.outbox().append(unit.events());
      }
      return value;
    });
    dispatcher.dispatchPending();
    return result;
  }

  public <T> T read(Function<StoreTransaction, T> work) {
    return store.read(work);
  }

  public Dispatcher dispatcher() {
    return dispatcher;
  }
}
