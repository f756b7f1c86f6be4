package io.konversio.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.account.Account;
import io.konversio.core.account.AccountId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The migrations create the schema in an empty database and do nothing when run again. */
abstract class MigrationContract {

  protected abstract Backend backend();

  @Test
  void migratesAnEmptyDatabaseAndReRunsAsANoOp() throws SQLException {
    String database = backend().newDatabase();
    DataSource source = backend().dataSource(database);
    assertThat(historyVersions(source)).isEmpty();

    JdbcStore first = JdbcStore.create(source);
    first.write(tx -> {
      tx.accounts().insert(new Account(AccountId.of(1), "Acme", Instant.parse("2026-01-05T09:00:00Z")));
      return null;
    });
    List<String> versions = historyVersions(source);
    assertThat(versions).contains("1", "3");

    JdbcStore again = JdbcStore.create(source);
    assertThat(historyVersions(source)).isEqualTo(versions);
    List<Account> accounts = again.read(tx -> tx.accounts().list());
    assertThat(accounts).hasSize(1);
  }

  @Test
  void aStoreWithoutMigrationLeavesTheDatabaseAlone() throws SQLException {
    String database = backend().newDatabase();
    DataSource source = backend().dataSource(database);
    JdbcStore store = JdbcStore.builder(source).migrate(false).build();
    assertThat(historyVersions(source)).isEmpty();
    assertThatThrownBy(() -> store.read(tx -> tx.accounts().list())).isInstanceOf(StoreAccessException.class);
  }

  @Test
  void detectsTheDatabase() {
    JdbcStore store = JdbcStore.create(backend().dataSource(backend().newDatabase()));
    assertThat(store.database()).isEqualTo(expectedDatabase());
  }

  protected abstract JdbcStore.Database expectedDatabase();

  /** The successful versions in Flyway's history (a lower-case, quoted table), or none when there is none. */
  private static List<String> historyVersions(DataSource source) throws SQLException {
    List<String> versions = new ArrayList<>();
    try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("select \"version\" from \"flyway_schema_history\""
          + " where \"success\" order by \"installed_rank\"")) {
        while (r.next()) {
          versions.add(r.getString(1));
        }
      } catch (SQLException e) {
        if (!c.getAutoCommit()) {
          c.rollback();
        }
        return List.of();
      }
    }
    return versions;
  }
}
