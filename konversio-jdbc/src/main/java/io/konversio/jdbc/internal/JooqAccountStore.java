package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.schema.Tables.ACCOUNT;

import io.konversio.core.account.Account;
import io.konversio.core.account.AccountId;
import io.konversio.core.spi.AccountStore;
import io.konversio.jdbc.internal.schema.tables.records.AccountRecord;
import java.util.List;
import java.util.Optional;

final class JooqAccountStore implements AccountStore {
  private final JooqTransaction tx;

  JooqAccountStore(JooqTransaction tx) {
    this.tx = tx;
  }

  @Override
  public void insert(Account account) {
    tx.insertUnique(tx.ctx.insertInto(ACCOUNT, ACCOUNT.ID, ACCOUNT.NAME, ACCOUNT.CREATED_AT)
        .values(account.id().value(), account.name(), Times.column(account.createdAt())), "account " + account.id());
    JooqConversationStore.createCounter(tx, account.id());
  }

  @Override
  public Optional<Account> find(AccountId id) {
    return tx.ctx.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id.value())).fetchOptional(JooqAccountStore::account);
  }

  @Override
  public List<Account> list() {
    return tx.ctx.selectFrom(ACCOUNT).orderBy(ACCOUNT.ID).fetch(JooqAccountStore::account);
  }

  private static Account account(AccountRecord r) {
    return new Account(AccountId.of(r.getId()), r.getName(), Times.instant(r.getCreatedAt()));
  }
}
