package io.konversio.core.spi;

import java.util.function.Function;

/**
 * Where Konversio keeps its data. Every read and write happens inside a transaction handed to the callback; a
 * write transaction is atomic (all or nothing) and isolated enough that two concurrent writers of the same
 * conversation cannot both succeed with the same version (see {@link ConversationStore#update}). Implementations
 * must be thread-safe. Konversio ships an in-memory store; {@code konversio-jdbc} provides one on H2 and
 * PostgreSQL. A store is tested by the abstract contract tests in konversio-core's test jar
 * (package {@code io.konversio.core.spi.contract}).
 */
public interface DataStore {

  /** Runs {@code work} in a read-only transaction, which sees every write committed before it began. */
  <T> T read(Function<StoreTransaction, T> work);

  /**
   * Runs {@code work} in a write transaction, committing when it returns and rolling back everything when it
   * throws (the exception is rethrown unchanged). The work sees its own writes; nothing of them is visible to others
   * before the commit, and nothing at all if it throws.
   */
  <T> T write(Function<StoreTransaction, T> work);
}
