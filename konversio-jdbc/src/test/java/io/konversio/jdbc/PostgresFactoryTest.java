package io.konversio.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Konversio;
import io.konversio.core.account.Account;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresFactoryTest {
  private static PostgresBackend backend;

  @BeforeAll
  static void connect() {
    backend = PostgresBackend.connectOrSkip();
  }

  @AfterAll
  static void dropSchemas() {
    if (backend != null) {
      backend.close();
    }
  }

  @Test
  void aPostgresStoreFromAUrlMigratesItsSchemaAndKeepsItsData() {
    String schema = backend.newDatabase();
    String url = PostgresBackend.URL + (PostgresBackend.URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    Account acme;
    try (JdbcStore store = JdbcStore.postgres(url, PostgresBackend.USER, PostgresBackend.PASSWORD)) {
      assertThat(store.database()).isEqualTo(JdbcStore.Database.POSTGRESQL);
      acme = Konversio.builder().store(store).build().accounts().create("Acme");
    }
    try (JdbcStore store = JdbcStore.postgres(url, PostgresBackend.USER, PostgresBackend.PASSWORD)) {
      assertThat(Konversio.builder().store(store).build().accounts().get(acme.id())).isEqualTo(acme);
    }
  }
}
