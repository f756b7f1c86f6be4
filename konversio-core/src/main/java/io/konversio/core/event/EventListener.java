package io.konversio.core.event;

/**
 * Receives domain events after the change that caused them is stored. Events arrive in order, one at a time. A
 * listener that throws is logged and does not stop delivery to the others. Implementations are called from
 * whichever thread committed the change (or ran due work) and must be thread-safe.
 */
@FunctionalInterface
public interface EventListener {
  void onEvent(DomainEvent event);
}
