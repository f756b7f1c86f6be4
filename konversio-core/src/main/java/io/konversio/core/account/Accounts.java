package io.konversio.core.account;

import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.internal.Kernel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Creates and finds accounts (tenants). Thread-safe. */
public final class Accounts {
  private final Kernel kernel;

  /** For Konversio's own use; get one from {@code konversio.accounts()}. */
  public Accounts(Kernel kernel) {
    this.kernel = kernel;
  }

  public Account create(String name) {
    String clean = InvalidInputException.requiredText(name, "name");
    return kernel.write(unit -> {
      Account account = new Account(AccountId.of(unit.tx().nextId("account")), clean, unit.now());
      unit.tx().accounts().insert(account);
      return account;
    });
  }

  public Optional<Account> find(AccountId id) {
    Objects.requireNonNull(id, "id");
    return kernel.read(tx -> tx.accounts().find(id));
  }

  public Account get(AccountId id) {
    return find(id).orElseThrow(() -> new NotFoundException("account", id));
  }

  public List<Account> list() {
    return kernel.read(tx -> tx.accounts().list());
  }
}
