package io.konversio.jdbc.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs Konversio's Flyway migrations: the portable scripts in {@code db/migration} on every database, then those
 * in {@code db/vendor/<database>} (e.g. PostgreSQL-only indexes) where present. Flyway keeps its history in
 * {@code flyway_schema_history} of the connection's current schema, and takes a lock so that several nodes
 * starting at once migrate only once.
 */
public final class Migrations {
  private Migrations() {
  }

  public static void migrate(DataSource dataSource, boolean postgres) {
    String vendor = postgres ? "classpath:db/vendor/postgresql" : "classpath:db/vendor/h2";
    boolean hasVendorScripts = Migrations.class.getClassLoader()
        .getResource(vendor.substring("classpath:".length())) != null;
    Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(hasVendorScripts ? new String[] {"classpath:db/migration", vendor}
            : new String[] {"classpath:db/migration"})
        .load()
        .migrate();
  }
}
