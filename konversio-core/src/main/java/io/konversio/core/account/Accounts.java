package io.konversio.core.account;

import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Creates and finds accounts (tenants). Implementations are thread-safe. */
public interface Accounts {
  Account create(String name);

  Optional<Account> find(AccountId id);

  Account get(AccountId id);

  List<Account> list();
}
