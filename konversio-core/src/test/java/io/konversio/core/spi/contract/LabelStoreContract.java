package io.konversio.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.account.Account;
import io.konversio.core.account.AccountId;
import io.konversio.core.label.Label;
import io.konversio.core.label.LabelId;
import io.konversio.core.spi.StoreTransaction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.konversio.core.spi.LabelStore}. Subclass it with {@link #newStore()} returning a fresh
 * store of the implementation under test. Not thread-safe.
 */
public abstract class LabelStoreContract extends StoreContractSupport {

  private static Label label(StoreTransaction tx, AccountId account, String title) {
    return new Label(LabelId.of(tx.nextId("label")), account, title, "", "#1F93FF");
  }

  private Label newLabel(AccountId account, String title) {
    return write(tx -> {
      Label label = label(tx, account, title);
      tx.labels().insert(label);
      return label;
    });
  }

  @Test
  void aLabelIsFoundByItsNormalizedTitle() {
    Account acme = newAccount("Acme");
    Label label = write(tx -> {
      Label l = new Label(LabelId.of(tx.nextId("label")), acme.id(), "  Rückerstattung ÄÖÜ 💸 ",
          "Refunds — « remboursement » — 退款\n" + LONG_TEXT, "#ff00AA");
      tx.labels().insert(l);
      return l;
    });

    Optional<Label> found = read(tx -> tx.labels().findByTitle(acme.id(), "rückerstattung äöü 💸"));

    assertThat(label.title()).isEqualTo("rückerstattung äöü 💸");
    assertThat(found).contains(label);
  }

  @Test
  void findByTitleMatchesExactlyTheNormalizedTitle() {
    Account acme = newAccount("Acme");
    newLabel(acme.id(), "billing");

    Optional<Label> prefix = read(tx -> tx.labels().findByTitle(acme.id(), "bill"));
    Optional<Label> wildcard = read(tx -> tx.labels().findByTitle(acme.id(), "bill%"));

    assertThat(prefix).isEmpty();
    assertThat(wildcard).isEmpty();
  }

  @Test
  void listIsOrderedByTitleByCodePointAndKeepsToTheAccount() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    List<String> titles = List.of("vip", "ärger", "b2b", "bug-report", "billing", "a_z", "ab", "a z", "zz", "10");
    useWrite(tx -> {
      titles.forEach(t -> tx.labels().insert(label(tx, acme.id(), t)));
      tx.labels().insert(label(tx, globex.id(), "aaa"));
    });

    List<Label> listed = read(tx -> tx.labels().list(acme.id()));

    assertThat(listed).extracting(Label::title)
        .containsExactly("10", "a z", "a_z", "ab", "b2b", "billing", "bug-report", "vip", "zz", "ärger");
  }

  @Test
  void aSecondLabelWithTheSameTitleInTheAccountThrows() {
    Account acme = newAccount("Acme");
    Label billing = newLabel(acme.id(), "billing");

    assertThatThrownBy(() -> useWrite(tx -> tx.labels().insert(label(tx, acme.id(), "Billing"))))
        .isInstanceOf(RuntimeException.class);

    List<Label> listed = read(tx -> tx.labels().list(acme.id()));
    assertThat(listed).containsExactly(billing);
  }

  @Test
  void anotherAccountMayHaveTheSameTitle() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    Label acmeBilling = newLabel(acme.id(), "billing");
    Label globexBilling = newLabel(globex.id(), "billing");

    Optional<Label> acmeFound = read(tx -> tx.labels().findByTitle(acme.id(), "billing"));
    Optional<Label> globexFound = read(tx -> tx.labels().findByTitle(globex.id(), "billing"));

    assertThat(acmeFound).contains(acmeBilling);
    assertThat(globexFound).contains(globexBilling);
  }

  @Test
  void insertingAnExistingIdThrows() {
    Account acme = newAccount("Acme");
    Label billing = newLabel(acme.id(), "billing");

    Label sameId = new Label(billing.id(), acme.id(), "sales", "", "#000000");

    assertThatThrownBy(() -> useWrite(tx -> tx.labels().insert(sameId))).isInstanceOf(RuntimeException.class);

    List<Label> listed = read(tx -> tx.labels().list(acme.id()));
    assertThat(listed).containsExactly(billing);
  }

  @Test
  void deleteRemovesOnlyThatLabel() {
    Account acme = newAccount("Acme");
    Label billing = newLabel(acme.id(), "billing");
    Label sales = newLabel(acme.id(), "sales");

    useWrite(tx -> tx.labels().delete(acme.id(), billing.id()));

    List<Label> listed = read(tx -> tx.labels().list(acme.id()));
    Optional<Label> found = read(tx -> tx.labels().findByTitle(acme.id(), "billing"));
    assertThat(listed).containsExactly(sales);
    assertThat(found).isEmpty();
  }

  @Test
  void aDeletedTitleMayBeUsedAgain() {
    Account acme = newAccount("Acme");
    Label billing = newLabel(acme.id(), "billing");
    useWrite(tx -> tx.labels().delete(acme.id(), billing.id()));

    Label again = newLabel(acme.id(), "billing");

    Optional<Label> found = read(tx -> tx.labels().findByTitle(acme.id(), "billing"));
    assertThat(found).contains(again);
  }

  @Test
  void deleteAsAnotherAccountOrOfAnUnknownIdDoesNothing() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    Label billing = newLabel(acme.id(), "billing");

    useWrite(tx -> {
      tx.labels().delete(globex.id(), billing.id());
      tx.labels().delete(acme.id(), LabelId.of(999_999));
    });

    List<Label> listed = read(tx -> tx.labels().list(acme.id()));
    assertThat(listed).containsExactly(billing);
  }

  @Test
  void findByTitleWithAnotherAccountIsEmpty() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    newLabel(acme.id(), "billing");

    Optional<Label> found = read(tx -> tx.labels().findByTitle(globex.id(), "billing"));

    assertThat(found).isEmpty();
  }
}
