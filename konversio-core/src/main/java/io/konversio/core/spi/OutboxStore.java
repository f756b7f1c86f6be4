package io.konversio.core.spi;

import io.konversio.core.event.DomainEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

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
   * As {@link #pending(int)}, but for a pending event whose {@link DomainEvent#id()} is a key of {@code known}, the
   * store may return that map's event instead of reading it back: the dispatcher passes the events that this
   * process appended and that are still undelivered, so that a store that serializes events need not read and parse
   * them again. The default ignores {@code known}.
   */
  default List<Entry> pending(int limit, Map<UUID, DomainEvent> known) {
    return pending(limit);
  }

  /** Whether any event is pending; the default reads one. */
  default boolean hasPending() {
    return !pending(1).isEmpty();
  }

  /**
   * Takes or renews the turn to dispatch for {@code dispatcher} (one per Konversio instance): true unless another
   * dispatcher holds a turn that has not expired. While one holds it, the others deliver nothing, so that with
   * several processes on one store each event goes out once, in order, rather than once per process. A turn lasts
   * {@code lease} unless renewed, so a process that dies holding it blocks the others for at most that long. The
   * default always grants it: enough for a store used by one process.
   */
  default boolean claimDispatch(String dispatcher, Duration lease) {
    return true;
  }

  /** Gives up the turn to dispatch if {@code dispatcher} holds it. */
  default void releaseDispatch(String dispatcher) {
  }

  /**
   * Takes or renews the turn as {@link #claimDispatch} and, when it is granted, reads the pending events as
   * {@link #pending(int, Map)}; null when another dispatcher holds the turn. The default calls those two; a store may
   * do both in one round trip to its database, as long as the read sees every change committed before the turn was
   * granted: a claim may wait for the previous holder's commit, and a read in the claim's older snapshot would
   * deliver again what that holder just marked.
   */
  default @Nullable List<Entry> claimAndRead(String dispatcher, Duration lease, int limit,
      Map<UUID, DomainEvent> known) {
    return claimDispatch(dispatcher, lease) ? pending(limit, known) : null;
  }

  /**
   * Marks the events dispatched as {@link #markDispatched}, gives up the turn as {@link #releaseDispatch}, then tells
   * whether events are pending as {@link #hasPending}, in that order: events appended by a process that was refused
   * the turn before it was given up are found. The default calls those three; a store may need fewer round trips.
   */
  default boolean markReleaseAndLook(List<Long> sequences, String dispatcher) {
    markDispatched(sequences);
    releaseDispatch(dispatcher);
    return hasPending();
  }

  /**
   * Marks exactly the events with these sequences (from {@link #pending}) as sent, so that they are pending no
   * more; others stay pending, even older ones. Unknown or already sent sequences are ignored.
   */
  void markDispatched(List<Long> sequences);
}
