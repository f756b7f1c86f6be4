package io.konversio.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresMigrationTest extends MigrationContract {
  private static PostgresBackend backend;

  @BeforeAll
  static void connect() {
    backend = PostgresBackend.connectOrSkip();
  }

  @Override
  protected Backend backend() {
    return backend;
  }

  @Override
  protected JdbcStore.Database expectedDatabase() {
    return JdbcStore.Database.POSTGRESQL;
  }

  @Test
  void addsTrigramIndexesForTextSearch() throws SQLException {
    String schema = backend.newDatabase();
    DataSource source = backend.dataSource(schema);
    JdbcStore.create(source);
    List<String> indexes = new ArrayList<>();
    try (Connection c = source.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select indexname from pg_indexes where schemaname = current_schema()"
            + " and indexname like '%trgm' order by indexname")) {
      while (r.next()) {
        indexes.add(r.getString(1));
      }
    }
    assertThat(indexes).containsExactly("ix_contact_email_trgm", "ix_contact_name_trgm", "ix_contact_phone_trgm",
        "ix_message_content_trgm");
  }

  @AfterAll
  static void dropSchemas() {
    if (backend != null) {
      backend.close();
    }
  }
}
