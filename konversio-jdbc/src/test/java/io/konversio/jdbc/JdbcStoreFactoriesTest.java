package io.konversio.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Konversio;
import io.konversio.core.account.Account;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcStoreFactoriesTest {

  @Test
  void anH2FileKeepsItsDataAcrossARestart(@TempDir Path dir) {
    Path file = dir.resolve("konversio");
    Account acme;
    try (JdbcStore store = JdbcStore.h2File(file)) {
      assertThat(store.database()).isEqualTo(JdbcStore.Database.H2);
      acme = Konversio.builder().store(store).build().accounts().create("Acme");
    }
    assertThat(Files.exists(dir.resolve("konversio.mv.db"))).isTrue();
    try (JdbcStore store = JdbcStore.h2File(dir.resolve("konversio.mv.db"))) {
      assertThat(Konversio.builder().store(store).build().accounts().get(acme.id())).isEqualTo(acme);
    }
  }

  @Test
  void inMemoryH2StoresWithOneNameShareTheirData() {
    String name = "shared-" + UUID.randomUUID();
    try (JdbcStore one = JdbcStore.h2InMemory(name); JdbcStore two = JdbcStore.h2InMemory(name)) {
      Account acme = Konversio.builder().store(one).build().accounts().create("Acme");
      List<Account> accounts = two.read(tx -> tx.accounts().list());
      assertThat(accounts).containsExactly(acme);
    }
  }

  @Test
  void badArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> JdbcStore.h2InMemory("no spaces; please")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no spaces; please");
    assertThatThrownBy(() -> JdbcStore.h2File(Path.of("data;MODE=MySQL"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("data;MODE=MySQL");
    assertThatThrownBy(() -> JdbcStore.postgres("jdbc:mysql://localhost/x", "u", "p"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:mysql://localhost/x");
  }
}
