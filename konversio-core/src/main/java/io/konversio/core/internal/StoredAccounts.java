package io.konversio.core.internal;

import io.konversio.core.account.Account;
import io.konversio.core.account.AccountId;
import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.internal.Kernel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import io.konversio.core.account.Accounts;

/** The Accounts of one account, over the kernel's store. Thread-safe. */
public final class StoredAccounts implements Accounts {
  private final Kernel kernel;

  public StoredAccounts(Kernel kernel) {
    this.kernel = kernel;
  }

  @Override
  public Account create(String name) {
    String clean = InvalidInputException.requiredText(name, "name");
    return kernel.write(unit -> {
      Account account = new Account(AccountId.of(unit.tx().nextId("account")), clean, unit.now());
      unit.tx().accounts().insert(account);
      return account;
    });
  }

  @Override
  public Optional<Account> find(AccountId id) {
    Objects.requireNonNull(id, "id");
    return kernel.read(tx -> tx.accounts().find(id));
  }

  @Override
  public Account get(AccountId id) {
    return find(id).orElseThrow(() -> new NotFoundException("account", id));
  }

  @Override
  public List<Account> list() {
    return kernel.read(tx -> tx.accounts().list());
  }
}
