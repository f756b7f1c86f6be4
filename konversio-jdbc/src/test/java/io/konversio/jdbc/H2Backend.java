package io.konversio.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * In-memory H2 databases, shut down on close; optionally in H2's PostgreSQL mode with lower-case names, as hosts
 * that share SQL between H2 and PostgreSQL configure it.
 */
final class H2Backend implements Backend {
  private final List<JdbcConnectionPool> pools = new ArrayList<>();
  private final String options;

  H2Backend() {
    this("");
  }

  private H2Backend(String options) {
    this.options = options;
  }

  /** H2 with {@code MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}. */
  static H2Backend postgresMode() {
    return new H2Backend(";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
  }

  @Override
  public String newDatabase() {
    return "kvt_" + UUID.randomUUID().toString().replace("-", "");
  }

  @Override
  public synchronized DataSource dataSource(String database) {
    JdbcConnectionPool pool = JdbcConnectionPool.create(
        "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000" + options, "sa", "");
    pool.setMaxConnections(32);
    pools.add(pool);
    return pool;
  }

  @Override
  public synchronized void close() {
    for (JdbcConnectionPool pool : pools) {
      try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
        s.execute("shutdown");
      } catch (SQLException e) {
        // already shut down through another pool on the same database
      }
      pool.dispose();
    }
    pools.clear();
  }
}
