package io.konversio.jdbc;

import javax.sql.DataSource;

/**
 * A database kind for tests: hands out fresh, empty databases and stores on them, and removes them all on close.
 */
interface Backend extends AutoCloseable {

  /** The name of a new, empty database (an H2 in-memory database or a PostgreSQL schema). */
  String newDatabase();

  /** A data source on the database, closed by the backend. */
  DataSource dataSource(String database);

  /** A migrated store on the database; another call gives a second store (a second "node") on it. */
  default JdbcStore open(String database) {
    return JdbcStore.create(dataSource(database));
  }

  /** A migrated store on a new, empty database. */
  default JdbcStore newStore() {
    return open(newDatabase());
  }

  @Override
  void close();
}
