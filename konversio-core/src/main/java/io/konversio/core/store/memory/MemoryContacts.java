package io.konversio.core.store.memory;

import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.ContactId;
import io.konversio.core.spi.ContactStore;
import java.util.List;
import java.util.Optional;

final class MemoryContacts implements ContactStore {
  private final MemoryData data;
  private final Journal journal;

  MemoryContacts(MemoryData data, Journal journal) {
    this.data = data;
    this.journal = journal;
  }

  @Override
  public void insert(Contact contact) {
    journal.putNew(data.contacts, contact.id().value(), contact, "contact");
  }

  @Override
  public void update(Contact contact) {
    journal.replace(data.contacts, contact.id().value(), contact,
        stored -> stored.accountId().equals(contact.accountId()), "contact");
  }

  @Override
  public Optional<Contact> find(AccountId account, ContactId id) {
    return Optional.ofNullable(data.contacts.get(id.value())).filter(c -> c.accountId().equals(account));
  }

  @Override
  public Optional<Contact> findByEmail(AccountId account, String normalizedEmail) {
    return data.contacts.values().stream()
        .filter(c -> c.accountId().equals(account) && c.email().filter(normalizedEmail::equals).isPresent())
        .findFirst();
  }

  @Override
  public Page<Contact> list(AccountId account, int page, int size) {
    List<Contact> all = data.contacts.values().stream().filter(c -> c.accountId().equals(account)).toList();
    return MemoryPages.page(all, page, size);
  }
}
