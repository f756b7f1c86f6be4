package io.konversio.core.event;

/**
 * Receives domain events after the change that caused them is stored. Events arrive in order, one at a time. A
 * listener that throws is logged and does not stop delivery to the others. Implementations are called from
 * whichever thread committed the change (or ran due work) and must be thread-safe.
 *
 * <p>A listener may run Konversio commands: their events are delivered after the current one. It must not wait
 * for another thread that runs commands on the same Konversio: delivery is serialized, so that thread would wait
 * for this listener to return, and both would hang.
 */
@FunctionalInterface
public interface EventListener {
  void onEvent(DomainEvent event);

  /**
   * Called once every listener has seen {@code event}, before the next event is delivered. The changes that
   * listeners made while reacting to the event are stored by then (their own events come later), so a module can
   * tell what happened in reaction to an event: automation uses this to follow cascades. Default: nothing.
   */
  default void delivered(DomainEvent event) {
  }
}
