package io.konversio.core.spi;

import io.konversio.core.Konversio;

/**
 * A module that plugs into Konversio, such as automation rules or reports: it adds its listeners and due-work
 * handlers to the builder, and is told when the {@link Konversio} it belongs to is built. Install one with
 * {@code Konversio.builder().extension(...)}; Konversio never discovers extensions by itself.
 */
public interface Extension {

  /** Adds listeners, due-work handlers and so on; called once, when the extension is installed. */
  void configure(Konversio.Builder builder);

  /**
   * Called once the Konversio is built, before any event is dispatched; an extension that runs commands keeps
   * the reference.
   */
  default void started(Konversio konversio) {
  }
}
