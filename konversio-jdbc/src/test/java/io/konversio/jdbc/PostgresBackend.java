package io.konversio.jdbc;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * PostgreSQL schemas on the test server, one per database asked for, dropped on close. The server is
 * {@code jdbc:postgresql://127.0.0.1:5432/test} as user {@code postgres} unless the system properties or
 * environment variables {@code KONVERSIO_PG_URL}, {@code KONVERSIO_PG_USER} and {@code KONVERSIO_PG_PASSWORD} say
 * otherwise. When the server cannot be reached, tests are skipped with a message, except when {@code CI=true}:
 * then they fail.
 */
final class PostgresBackend implements Backend {
  static final String URL = setting("KONVERSIO_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER = setting("KONVERSIO_PG_USER", "postgres");
  static final String PASSWORD = setting("KONVERSIO_PG_PASSWORD", "");

  private final List<String> schemas = new ArrayList<>();
  private final List<JdbcConnectionPool> pools = new ArrayList<>();

  private PostgresBackend() {
  }

  private static String setting(String name, String fallback) {
    String value = System.getProperty(name, System.getenv(name));
    return value == null || value.isBlank() ? fallback : value;
  }

  /** Connects to the test server, or skips the calling tests (fails them when CI=true) if it is not there. */
  static PostgresBackend connectOrSkip() {
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
      c.isValid(5);
    } catch (SQLException e) {
      String message = "PostgreSQL is not reachable at " + URL + " as " + USER + " (" + e.getMessage() + ")";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + "; CI=true requires it");
      }
      System.err.println("SKIPPED PostgreSQL tests: " + message);
      Assumptions.abort(message + "; PostgreSQL tests skipped");
    }
    return new PostgresBackend();
  }

  @Override
  public synchronized String newDatabase() {
    String schema = "kvt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    execute("create schema " + schema);
    schemas.add(schema);
    return schema;
  }

  @Override
  public synchronized DataSource dataSource(String schema) {
    PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
    source.setURL(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    source.setUser(USER);
    source.setPassword(PASSWORD);
    JdbcConnectionPool pool = JdbcConnectionPool.create(source);
    pool.setMaxConnections(16);
    pools.add(pool);
    return pool;
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    pools.forEach(JdbcConnectionPool::dispose);
    pools.clear();
    for (String schema : schemas) {
      execute("drop schema if exists " + schema + " cascade");
    }
    schemas.clear();
  }
}
