package io.konversio.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.account.Account;
import io.konversio.core.account.AccountId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.konversio.core.spi.AccountStore}. Subclass it with {@link #newStore()} returning a
 * fresh store of the implementation under test. Not thread-safe.
 */
public abstract class AccountStoreContract extends StoreContractSupport {

  @Test
  void anInsertedAccountIsFoundById() {
    Account acme = newAccount("Ærøskøbing Support GmbH — 東京支店");

    Optional<Account> found = read(tx -> tx.accounts().find(acme.id()));

    assertThat(found).contains(acme);
  }

  @Test
  void findOfAnUnknownIdIsEmpty() {
    newAccount("Acme");

    Optional<Account> found = read(tx -> tx.accounts().find(AccountId.of(987_654_321)));

    assertThat(found).isEmpty();
  }

  @Test
  void anEmptyStoreListsNoAccounts() {
    List<Account> accounts = read(tx -> tx.accounts().list());

    assertThat(accounts).isEmpty();
  }

  @Test
  void listHoldsEveryAccountOrderedById() {
    List<Account> accounts = write(tx -> {
      Account first = account(tx, "Zeta");
      Account second = account(tx, "Alpha");
      Account third = account(tx, "Mu");
      tx.accounts().insert(third);
      tx.accounts().insert(first);
      tx.accounts().insert(second);
      return List.of(first, second, third);
    });

    List<Account> listed = read(tx -> tx.accounts().list());

    assertThat(listed).containsExactlyElementsOf(accounts);
  }

  @Test
  void insertingAnExistingIdThrowsAndKeepsTheStoredAccount() {
    Account acme = newAccount("Acme");

    assertThatThrownBy(() -> useWrite(tx -> tx.accounts().insert(new Account(acme.id(), "Impostor", minutes(5)))))
        .isInstanceOf(RuntimeException.class);

    List<Account> listed = read(tx -> tx.accounts().list());
    assertThat(listed).containsExactly(acme);
  }
}
