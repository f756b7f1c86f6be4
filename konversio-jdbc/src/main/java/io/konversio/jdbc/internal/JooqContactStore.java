package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.schema.Tables.CONTACT;

import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.ContactId;
import io.konversio.core.spi.ContactStore;
import io.konversio.jdbc.internal.schema.tables.records.ContactRecord;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Contacts; their attribute maps are JSON text, custom attribute values with type tags. */
final class JooqContactStore implements ContactStore {
  private final JooqTransaction tx;

  JooqContactStore(JooqTransaction tx) {
    this.tx = tx;
  }

  @Override
  public void insert(Contact contact) {
    tx.insertUnique(tx.ctx.insertInto(CONTACT).set(record(contact)), "contact " + contact.id());
  }

  /** Replaces the stored contact; throws {@link IllegalStateException} if the account has no such contact. */
  @Override
  public void update(Contact contact) {
    tx.checkWritable();
    ContactRecord r = record(contact);
    int updated = tx.ctx.update(CONTACT).set(r)
        .where(CONTACT.ID.eq(contact.id().value()), CONTACT.ACCOUNT_ID.eq(contact.accountId().value())).execute();
    if (updated == 0) {
      throw JooqTransaction.missing("contact", contact.id(), contact.accountId());
    }
  }

  private ContactRecord record(Contact c) {
    ContactRecord r = tx.ctx.newRecord(CONTACT);
    r.setId(c.id().value());
    r.setAccountId(c.accountId().value());
    r.setName(c.name());
    r.setEmail(c.email().orElse(null));
    r.setPhoneNumber(c.phoneNumber().orElse(null));
    r.setAdditionalAttributes(JsonValues.write(JsonValues.stringMapNode(c.additionalAttributes())));
    r.setCustomAttributes(JsonValues.write(JsonValues.typedMapNode(c.customAttributes())));
    r.setBlocked(c.blocked());
    r.setCreatedAt(Times.column(c.createdAt()));
    return r;
  }

  @Override
  public Optional<Contact> find(AccountId account, ContactId id) {
    return tx.ctx.selectFrom(CONTACT).where(CONTACT.ID.eq(id.value()), CONTACT.ACCOUNT_ID.eq(account.value()))
        .fetchOptional(JooqContactStore::contact);
  }

  /** {@code SELECT ... WHERE account_id = ? AND id IN (...)}, one query per thousand distinct ids. */
  @Override
  public Map<ContactId, Contact> findAll(AccountId account, Collection<ContactId> ids) {
    List<Long> values = ids.stream().map(ContactId::value).distinct().toList();
    Map<ContactId, Contact> found = new LinkedHashMap<>();
    for (int from = 0; from < values.size(); from += JooqConversationStore.IN_LIST_SIZE) {
      tx.ctx.selectFrom(CONTACT).where(CONTACT.ACCOUNT_ID.eq(account.value()),
              CONTACT.ID.in(values.subList(from, Math.min(values.size(), from + JooqConversationStore.IN_LIST_SIZE))))
          .forEach(r -> {
            Contact c = contact(r);
            found.put(c.id(), c);
          });
    }
    return found;
  }

  /** Looks the email up in the index on (account_id, email); emails are stored in lower case by Konversio. */
  @Override
  public Optional<Contact> findByEmail(AccountId account, String normalizedEmail) {
    return tx.ctx.selectFrom(CONTACT).where(CONTACT.ACCOUNT_ID.eq(account.value()), CONTACT.EMAIL.eq(normalizedEmail))
        .orderBy(CONTACT.ID).limit(1).fetchOptional(JooqContactStore::contact);
  }

  @Override
  public Page<Contact> list(AccountId account, int page, int size) {
    long total = tx.ctx.fetchCount(CONTACT, CONTACT.ACCOUNT_ID.eq(account.value()));
    List<Contact> items = tx.ctx.selectFrom(CONTACT).where(CONTACT.ACCOUNT_ID.eq(account.value()))
        .orderBy(CONTACT.ID).limit(size).offset((long) page * size).fetch(JooqContactStore::contact);
    return new Page<>(items, page, size, total);
  }

  private static Contact contact(ContactRecord r) {
    return new Contact(ContactId.of(r.getId()), AccountId.of(r.getAccountId()), r.getName(),
        Optional.ofNullable(r.getEmail()), Optional.ofNullable(r.getPhoneNumber()),
        JsonValues.stringMap(JsonValues.read(r.getAdditionalAttributes())),
        JsonValues.typedMap(JsonValues.read(r.getCustomAttributes())), r.getBlocked(),
        Times.instant(r.getCreatedAt()));
  }
}
