package io.konversio.core.spi;

import io.konversio.core.account.Account;
import io.konversio.core.account.AccountId;
import java.util.List;
import java.util.Optional;

/** Stores accounts. */
public interface AccountStore {
  void insert(Account account);

  Optional<Account> find(AccountId id);

  List<Account> list();
}
