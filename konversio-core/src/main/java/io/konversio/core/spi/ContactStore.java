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
}
