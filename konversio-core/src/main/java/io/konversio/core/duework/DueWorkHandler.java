package io.konversio.core.duework;

import io.konversio.core.Konversio;

/**
 * Runs due items of one kind. A handler that throws has its item retried later with backoff; it must therefore
 * be idempotent. Must be thread-safe.
 */
@FunctionalInterface
public interface DueWorkHandler {
  void run(Konversio konversio, DueItem item);
}
