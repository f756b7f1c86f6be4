package io.konversio.jdbc.contract;

import io.konversio.jdbc.JdbcStore;
import io.konversio.jdbc.TestBackends;

/** Fresh stores for the contract tests, on H2 or PostgreSQL; close removes their databases. */
final class TestDatabases {
  private TestDatabases() {
  }

  /** In-memory H2 databases. */
  static final class H2 implements AutoCloseable {
    private final AutoCloseable backend = TestBackends.h2();

    JdbcStore newStore() {
      return TestBackends.newStore(backend);
    }

    @Override
    public void close() {
      TestBackends.close(backend);
    }
  }

  /** Schemas on the test PostgreSQL server. */
  static final class Postgres implements AutoCloseable {
    private final AutoCloseable backend;

    private Postgres(AutoCloseable backend) {
      this.backend = backend;
    }

    /** Skips the calling tests when the server is not there, or fails them when CI=true. */
    static Postgres connectOrSkip() {
      return new Postgres(TestBackends.postgres());
    }

    JdbcStore newStore() {
      return TestBackends.newStore(backend);
    }

    @Override
    public void close() {
      TestBackends.close(backend);
    }
  }
}
