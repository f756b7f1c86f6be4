package io.konversio.jdbc.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs Konversio's Flyway migrations: the portable scripts in {@code db/migration} on every database, and on
 * PostgreSQL also those in {@code db/vendor/postgresql} (trigram indexes for text search). Vendor scripts take a
 * minor version after the portable script they follow ({@code V1_1} after {@code V1}). Flyway keeps its history in
 * {@code flyway_schema_history} of the connection's current schema, and takes a lock so that several nodes
 * starting at once migrate only once. Stateless; thread-safe.
 */
public final class Migrations {
  private Migrations() {
  }

  public static void migrate(DataSource dataSource, boolean postgres) {
    String[] locations = postgres
        ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
        : new String[] {"classpath:db/migration"};
    Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(locations)
        .load()
        .migrate();
  }
}
