package io.konversio.core.store.memory;

import io.konversio.core.account.Account;
import io.konversio.core.account.AccountId;
import io.konversio.core.spi.AccountStore;
import java.util.List;
import java.util.Optional;

final class MemoryAccounts implements AccountStore {
  private final MemoryData data;
  private final Journal journal;

  MemoryAccounts(MemoryData data, Journal journal) {
    this.data = data;
    this.journal = journal;
  }

  @Override
  public void insert(Account account) {
    if (data.accounts.containsKey(account.id().value())) {
      throw new IllegalStateException("account " + account.id() + " exists");
    }
    journal.put(data.accounts, account.id().value(), account);
  }

  @Override
  public Optional<Account> find(AccountId id) {
    return Optional.ofNullable(data.accounts.get(id.value()));
  }

  @Override
  public List<Account> list() {
    return List.copyOf(data.accounts.values());
  }
}
