package io.konversio.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Page;
import io.konversio.core.account.Account;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.ContactId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.konversio.core.spi.ContactStore}. Subclass it with {@link #newStore()} returning a
 * fresh store of the implementation under test. Not thread-safe.
 */
public abstract class ContactStoreContract extends StoreContractSupport {

  @Test
  void aContactWithEveryFieldRoundTrips() {
    Account acme = newAccount("Acme");
    Contact contact = write(tx -> {
      Contact c = new Contact(ContactId.of(tx.nextId("contact")), acme.id(), "Zoë Ångström-Núñez 王芳",
          Optional.of("zoë.ångström@bücher.example"), Optional.of("+49 (0)30 1234-567"),
          Map.of("city", "Köln", "company", "Bücher & Söhne GmbH", "country_code", "DE", "bio", LONG_TEXT),
          EVERY_ATTRIBUTE_TYPE, true, minutes(3));
      tx.contacts().insert(c);
      return c;
    });

    Optional<Contact> found = read(tx -> tx.contacts().find(acme.id(), contact.id()));

    assertThat(found).contains(contact);
    assertThat(found.orElseThrow().customAttributes().get("seats")).isEqualTo(new BigDecimal("12.50"));
    assertThat(found.orElseThrow().customAttributes().get("renewal")).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void aContactWithoutOptionalFieldsRoundTrips() {
    Account acme = newAccount("Acme");
    Contact contact = newContact(acme.id(), "", null, null);

    Optional<Contact> found = read(tx -> tx.contacts().find(acme.id(), contact.id()));

    assertThat(found).contains(contact);
    assertThat(found.orElseThrow().email()).isEmpty();
    assertThat(found.orElseThrow().phoneNumber()).isEmpty();
  }

  @Test
  void updateReplacesDetailsBlockingAndCustomAttributes() {
    Account acme = newAccount("Acme");
    Contact contact = write(tx -> {
      Contact c = contact(tx, acme.id(), "Jürgen", "j@example.de", null).withCustomAttributes(EVERY_ATTRIBUTE_TYPE);
      tx.contacts().insert(c);
      return c;
    });
    Contact changed = contact.withDetails("Jürgen Müller", Optional.empty(), Optional.of("+49 221 9876"),
            Map.of("city", "Düsseldorf"))
        .withCustomAttributes(Map.of("plan", "Silver", "seats", new BigDecimal("3")))
        .withBlocked(true);

    useWrite(tx -> tx.contacts().update(changed));

    Optional<Contact> found = read(tx -> tx.contacts().find(acme.id(), contact.id()));
    assertThat(found).contains(changed);
  }

  @Test
  void updatingAnUnknownContactThrowsAndStoresNothing() {
    Account acme = newAccount("Acme");
    Contact ghost = new Contact(ContactId.of(313_131), acme.id(), "Ghost", Optional.empty(), Optional.empty(),
        Map.of(), Map.of(), false, T0);

    assertThatThrownBy(() -> useWrite(tx -> tx.contacts().update(ghost))).isInstanceOf(RuntimeException.class);

    Page<Contact> page = read(tx -> tx.contacts().list(acme.id(), 0, 10));
    assertThat(page.items()).isEmpty();
  }

  @Test
  void updatingAContactAsAnotherAccountThrowsAndChangesNothing() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    Contact contact = newContact(acme.id(), "Ada", "ada@example.com", null);
    Contact hijacked = new Contact(contact.id(), globex.id(), "Mallory", Optional.empty(), Optional.empty(),
        Map.of(), Map.of(), true, T0);

    assertThatThrownBy(() -> useWrite(tx -> tx.contacts().update(hijacked))).isInstanceOf(RuntimeException.class);

    Optional<Contact> found = read(tx -> tx.contacts().find(acme.id(), contact.id()));
    Page<Contact> globexContacts = read(tx -> tx.contacts().list(globex.id(), 0, 10));
    assertThat(found).contains(contact);
    assertThat(globexContacts.total()).isZero();
  }

  @Test
  void listPagesThroughTheAccountsContactsById() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    List<Contact> contacts = write(tx -> {
      List<Contact> all = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        all.add(contact(tx, acme.id(), "Kunde Nr. " + (5 - i), null, null));
      }
      tx.contacts().insert(contact(tx, globex.id(), "Other", null, null));
      for (int i = all.size() - 1; i >= 0; i--) {
        tx.contacts().insert(all.get(i));
      }
      return all;
    });

    Page<Contact> first = read(tx -> tx.contacts().list(acme.id(), 0, 2));
    Page<Contact> second = read(tx -> tx.contacts().list(acme.id(), 1, 2));
    Page<Contact> last = read(tx -> tx.contacts().list(acme.id(), 2, 2));

    assertThat(first).isEqualTo(new Page<>(contacts.subList(0, 2), 0, 2, 5));
    assertThat(second).isEqualTo(new Page<>(contacts.subList(2, 4), 1, 2, 5));
    assertThat(last).isEqualTo(new Page<>(contacts.subList(4, 5), 2, 2, 5));
    assertThat(last.hasNext()).isFalse();
  }

  @Test
  void aPagePastTheLastIsEmptyAndCarriesTheTotal() {
    Account acme = newAccount("Acme");
    newContact(acme.id(), "Ada", null, null);
    newContact(acme.id(), "Bea", null, null);

    Page<Contact> page = read(tx -> tx.contacts().list(acme.id(), 7, 10));

    assertThat(page).isEqualTo(new Page<Contact>(List.of(), 7, 10, 2));
  }

  @Test
  void findAllReturnsTheAccountsContactsByIdAndLeavesOutOthers() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    Contact ada = newContact(acme.id(), "Ada", "ada@example.com", null);
    Contact bea = newContact(acme.id(), "Bea", null, null);
    newContact(acme.id(), "Cy", null, null);
    Contact other = newContact(globex.id(), "Other", null, null);

    Map<ContactId, Contact> found = read(tx -> tx.contacts().findAll(acme.id(),
        List.of(bea.id(), ada.id(), other.id(), ContactId.of(987_654_321L), ada.id())));

    assertThat(found).containsOnly(Map.entry(ada.id(), ada), Map.entry(bea.id(), bea));
    Map<ContactId, Contact> none = read(tx -> tx.contacts().findAll(acme.id(), List.of()));
    assertThat(none).isEmpty();
  }

  @Test
  void findWithAnotherAccountIsEmpty() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    Contact contact = newContact(acme.id(), "Ada", null, null);

    Optional<Contact> found = read(tx -> tx.contacts().find(globex.id(), contact.id()));

    assertThat(found).isEmpty();
  }

  @Test
  void insertingAnExistingIdThrowsAndKeepsTheStoredContact() {
    Account acme = newAccount("Acme");
    Contact contact = newContact(acme.id(), "Ada", "ada@example.com", null);

    assertThatThrownBy(() -> useWrite(tx -> tx.contacts().insert(contact.withBlocked(true))))
        .isInstanceOf(RuntimeException.class);

    Page<Contact> page = read(tx -> tx.contacts().list(acme.id(), 0, 10));
    assertThat(page.items()).containsExactly(contact);
  }
}
