package io.konversio.core.spi;

import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.ContactId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Stores contacts. Used inside one transaction only. */
public interface ContactStore {
  void insert(Contact contact);

  void update(Contact contact);

  Optional<Contact> find(AccountId account, ContactId id);

  /**
   * The account's contacts with these ids, by id; ids of other accounts' contacts and unknown ids are left out.
   * The default calls {@link #find} once per distinct id; a store that pays a round trip per query should read
   * them in one ({@code postAll} reads the contacts of every conversation it posts to).
   */
  default Map<ContactId, Contact> findAll(AccountId account, Collection<ContactId> ids) {
    Map<ContactId, Contact> found = new LinkedHashMap<>();
    for (ContactId id : ids) {
      if (!found.containsKey(id)) {
        find(account, id).ifPresent(c -> found.put(id, c));
      }
    }
    return found;
  }

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
