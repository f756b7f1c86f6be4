package io.konversio.jdbc;

/** Opens the package-private test backends to tests in other packages (the store contract tests). */
public final class TestBackends {
  private TestBackends() {
  }

  public static AutoCloseable h2() {
    return new H2Backend();
  }

  /** Skips the calling tests when PostgreSQL is not reachable, or fails them when CI=true. */
  public static AutoCloseable postgres() {
    return PostgresBackend.connectOrSkip();
  }

  public static JdbcStore newStore(AutoCloseable backend) {
    return ((Backend) backend).newStore();
  }

  public static void close(AutoCloseable backend) {
    ((Backend) backend).close();
  }
}
