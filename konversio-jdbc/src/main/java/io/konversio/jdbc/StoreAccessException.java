package io.konversio.jdbc;

import io.konversio.core.KonversioException;

/**
 * The database failed or refused a statement of {@link JdbcStore}: the connection broke, a lock timed out, a
 * constraint was violated by concurrent writers, and so on. The transaction was rolled back. The cause holds the
 * driver's exception. Immutable; thread-safe.
 */
public final class StoreAccessException extends KonversioException {
  private static final long serialVersionUID = 1L;

  /** For the store's own use. */
  public StoreAccessException(String message, Throwable cause) {
    super(message, cause);
  }
}
