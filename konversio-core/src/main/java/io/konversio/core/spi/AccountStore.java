package io.konversio.core.spi;

import io.konversio.core.account.Account;
import io.konversio.core.account.AccountId;
import java.util.List;
import java.util.Optional;

/** Stores accounts. Used inside one transaction only; see the package Javadoc for the rules every store follows. */
public interface AccountStore {
  void insert(Account account);

  Optional<Account> find(AccountId id);

  /** All accounts, ordered by id. */
  List<Account> list();
}
