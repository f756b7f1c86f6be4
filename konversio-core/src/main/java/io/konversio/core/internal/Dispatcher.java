package io.konversio.core.internal;

import io.konversio.core.event.DomainEvent;
import io.konversio.core.event.EventListener;
import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.OutboxStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox's pending events to the listeners, one event at a time in outbox order, and marks a batch of
 * events dispatched in one write once every listener has seen each of them (at least once: a crash in between
 * delivers the unmarked ones again on the next start). A listener that throws is logged and does not stop the
 * others. Commands run by a listener add their events to the outbox; this loop delivers them after the current
 * batch, in order. Thread-safe.
 *
 * <p>The events that this instance committed are kept until delivered and handed to
 * {@link OutboxStore#pending(int, Map)}, so that a store need not read back and parse them (at most
 * {@value #KNOWN_LIMIT}; beyond that, or for events of other processes, the store reads them).
 *
 * <p>After a commit that appended no events, {@link #afterCommit(List)} reads the outbox only when an earlier
 * dispatch on this instance may have left events behind (at start, or when a dispatch failed); events appended by
 * other processes sharing the store go out with this instance's next dispatch or {@link #dispatchPending()}.
 *
 * <p>Processes sharing a store take turns ({@link OutboxStore#claimDispatch}): one delivers while the others' events
 * wait for it, and after giving up its turn it looks for events once more, so that those of a process refused the
 * turn meanwhile are not left behind. An event thus goes out once, not once per process, except after a crash or
 * when a turn of {@value #LEASE_SECONDS} seconds runs out while its holder still delivers.
 */
public final class Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
  static final int BATCH = 5_000;
  static final int KNOWN_LIMIT = 20_000;
  /** How long a turn to dispatch lasts if its holder dies without giving it up. */
  static final int LEASE_SECONDS = 30;
  static final Duration LEASE = Duration.ofSeconds(LEASE_SECONDS);

  private final DataStore store;
  private final List<EventListener> listeners;
  private final ReentrantLock lock = new ReentrantLock();
  /** Whether events may be pending that no running dispatch will pick up; cleared by a dispatch that drained. */
  private volatile boolean mayHavePending = true;
  /** Set (under the lock) when a listener's command appended events during the current dispatch. */
  private boolean appendedWhileDispatching;
  /** Events this instance committed and has not delivered yet, by id; only ever a shortcut for the store. */
  private final Map<UUID, DomainEvent> known = new ConcurrentHashMap<>();
  /** What stores see of {@link #known}: they may read it, never change it. */
  private final Map<UUID, DomainEvent> knownView = Collections.unmodifiableMap(known);
  /** This instance's name when it claims the turn to dispatch (see {@link OutboxStore#claimDispatch}). */
  private final String id = UUID.randomUUID().toString();

  public Dispatcher(DataStore store, List<EventListener> listeners) {
    this.store = store;
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Called after a unit of work committed: dispatches when it appended events or when events may be pending from
   * before; called from a listener, it only notes the appended events for the outer loop. Never throws for a failed
   * dispatch (the store being unreachable, say): it logs it, and the events stay pending.
   */
  public void afterCommit(List<DomainEvent> appended) {
    boolean appendedEvents = !appended.isEmpty();
    if (appendedEvents) {
      if (known.size() + appended.size() > KNOWN_LIMIT) {
        known.clear(); // e.g. events of host transactions that rolled back: never pending, never delivered
      }
      for (DomainEvent event : appended) {
        known.put(event.id(), event);
      }
    }
    if (appendedEvents || mayHavePending) {
      if (lock.isHeldByCurrentThread()) {
        appendedWhileDispatching |= appendedEvents;
        return;
      }
      try {
        dispatchPending();
      } catch (RuntimeException e) {
        // The change is committed and its events are in the outbox: they go out with the next dispatch. Failing
        // here would tell the caller that a stored change failed, and invite a retry that stores it twice.
        LOG.error("dispatching events after a commit failed; they stay pending and go out with the next dispatch",
            e);
      }
    }
  }

  /** Delivers every pending event; returns at once when called from a listener (the outer loop goes on). */
  public void dispatchPending() {
    if (lock.isHeldByCurrentThread()) {
      appendedWhileDispatching = true;
      return;
    }
    lock.lock();
    boolean drained = false;
    try {
      while (true) {
        appendedWhileDispatching = false;
        List<OutboxStore.Entry> batch = store.write(tx -> tx.outbox().claimAndRead(id, LEASE, BATCH, knownView));
        if (batch == null) {
          // Another process has the turn; it looks for pending events (ours too) after it gives the turn up.
          return;
        }
        // A short batch was all there was: events committed since then are dispatched by whoever committed them
        // (they wait for this lock), except those of our own listeners' commands, noted while delivering, and
        // those of other processes that were refused the turn meanwhile, found by the look after giving it up.
        boolean last = batch.size() < BATCH;
        boolean pendingAfterRelease = deliverAndMark(batch, last);
        if (last && !appendedWhileDispatching && !pendingAfterRelease) {
          drained = true;
          return;
        }
      }
    } finally {
      mayHavePending = !drained;
      lock.unlock();
    }
  }

  /**
   * Delivers the batch and marks what was delivered; with {@code release}, once all of it was delivered, also gives
   * up the turn in the same write and returns whether events are still pending.
   */
  private boolean deliverAndMark(List<OutboxStore.Entry> batch, boolean release) {
    List<Long> delivered = new ArrayList<>(batch.size());
    boolean[] pending = {true};
    try {
      for (OutboxStore.Entry entry : batch) {
        deliver(entry.event());
        delivered.add(entry.sequence());
        known.remove(entry.event().id());
      }
    } finally {
      boolean releasing = release && delivered.size() == batch.size();
      if (!delivered.isEmpty() || releasing) {
        store.write(tx -> {
          if (releasing) {
            pending[0] = tx.outbox().markReleaseAndLook(delivered, id);
          } else {
            tx.outbox().markDispatched(delivered);
          }
          return null;
        });
      }
    }
    return pending[0];
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
