package io.konversio.core.internal;

import io.konversio.core.event.DomainEvent;
import io.konversio.core.event.EventListener;
import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.OutboxStore;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox's pending events to the listeners, one event at a time in outbox order, and marks each
 * event dispatched after every listener has seen it (at least once: a crash in between delivers it again on the
 * next start). A listener that throws is logged and does not stop the others. Commands run by a listener add
 * their events to the outbox; this loop delivers them after the current event. Thread-safe.
 */
public final class Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
  private static final int BATCH = 100;

  private final DataStore store;
  private final List<EventListener> listeners;
  private final ReentrantLock lock = new ReentrantLock();

  public Dispatcher(DataStore store, List<EventListener> listeners) {
    this.store = store;
    this.listeners = List.copyOf(listeners);
  }

  /** Delivers every pending event; returns at once when called from a listener (the outer loop goes on). */
  public void dispatchPending() {
    if (lock.isHeldByCurrentThread()) {
      return;
    }
    lock.lock();
    try {
      while (true) {
        List<OutboxStore.Entry> batch = store.read(tx -> tx.outbox().pending(BATCH));
        if (batch.isEmpty()) {
          return;
        }
        for (OutboxStore.Entry entry : batch) {
          deliver(entry.event());
          store.write(tx -> {
            tx.outbox().markDispatched(List.of(entry.sequence()));
            return null;
          });
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private void deliver(DomainEvent event) {
    for (EventListener listener : listeners) {
      try {
        listener.onEvent(event);
      } catch (RuntimeException e) {
        LOG.error("listener {} failed on {} {} of conversation {}", listener, event.name(), event.id(),
            event.conversationId(), e);
      }
    }
    for (EventListener listener : listeners) {
      try {
        listener.delivered(event);
      } catch (RuntimeException e) {
        LOG.error("listener {} failed after delivery of {} {} of conversation {}", listener, event.name(),
            event.id(), event.conversationId(), e);
      }
    }
  }
}
