package io.konversio.core.spi;

import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.ContactId;
import java.util.Optional;

/** Stores contacts. Used inside one transaction only. */
public interface ContactStore {
  void insert(Contact contact);

  void update(Contact contact);

  Optional<Contact> find(AccountId account, ContactId id);

  /** A page of the account's contacts, ordered by id. */
  Page<Contact> list(AccountId account, int page, int size);

  /**
   * The account's contact with this email, if any; emails are stored in lower case. The default pages through
   * {@link #list}; a store with an index on the email should override it.
   */
  default Optional<Contact> findByEmail(AccountId account, String normalizedEmail) {
    for (int page = 0; ; page++) {
      Page<Contact> contacts = list(account, page, 500);
      Optional<Contact> found = contacts.items().stream()
          .filter(c -> c.email().filter(normalizedEmail::equals).isPresent()).findFirst();
      if (found.isPresent() || !contacts.hasNext()) {
        return found;
      }
    }
  }
}
