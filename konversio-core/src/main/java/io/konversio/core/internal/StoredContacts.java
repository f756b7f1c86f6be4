package io.konversio.core.internal;

import io.konversio.core.contact.Contact;
import io.konversio.core.contact.ContactId;
import io.konversio.core.contact.NewContact;
import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.CustomAttributeDefinition;
import io.konversio.core.internal.Kernel;
import io.konversio.core.spi.StoreTransaction;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import io.konversio.core.contact.Contacts;

/** The Contacts of one account, over the kernel's store. Thread-safe. */
public final class StoredContacts implements Contacts {
  private final Kernel kernel;
  private final AccountId account;

  public StoredContacts(Kernel kernel, AccountId account) {
    this.kernel = kernel;
    this.account = account;
  }

  /**
   * Adds a contact. The email, if any, is stored in lower case and must be new to the account in any case; custom
   * attributes are validated against the account's contact attribute definitions.
   */
  @Override
  public Contact create(NewContact details) {
    Objects.requireNonNull(details, "details");
    String name = InvalidInputException.requiredText(details.name(), "name");
    Optional<String> email = details.email().map(e -> {
      String clean = e.strip().toLowerCase(Locale.ROOT);
      InvalidInputException.check(clean.matches("[^@\\s]+@[^@\\s]+"), "email", e, "is not an email address");
      return clean;
    });
    Optional<String> phone = details.phoneNumber().map(p -> {
      String clean = p.strip();
      long digits = clean.chars().filter(Character::isDigit).count();
      InvalidInputException.check(clean.matches("\\+?[0-9 ()./-]{3,32}") && digits >= 3 && digits <= 15,
          "phoneNumber", p, "is not a phone number (3 to 15 digits, optionally formatted)");
      return clean;
    });
    return kernel.write(unit -> {
      email.ifPresent(e -> InvalidInputException.check(unit.tx().contacts().findByEmail(account, e).isEmpty(),
          "email", details.email().orElseThrow(), "a contact with this email exists"));
      Map<String, Object> custom = validate(unit.tx(), details.customAttributes());
      Contact contact = new Contact(ContactId.of(unit.tx().nextId("contact")), account, name, email, phone,
          details.additionalAttributes(), custom, false, unit.now());
      unit.tx().contacts().insert(contact);
      return contact;
    });
  }

  private Map<String, Object> validate(StoreTransaction tx, Map<String, Object> values) {
    Map<String, Object> result = new TreeMap<>();
    values.forEach((key, value) -> {
      CustomAttributeDefinition definition = tx.attributes().find(account, AttributeModel.CONTACT, key)
          .orElseThrow(() -> new InvalidInputException("customAttributes." + key, value,
              "no contact attribute '" + key + "' is defined"));
      result.put(key, definition.validate(value));
    });
    return result;
  }

  /** Sets a custom attribute of the contact, validated against its definition. */
  @Override
  public Contact setCustomAttribute(ContactId id, String key, Object value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    return kernel.write(unit -> {
      Contact contact = load(unit.tx(), id);
      Map<String, Object> custom = new TreeMap<>(contact.customAttributes());
      custom.putAll(validate(unit.tx(), Map.of(key, value)));
      Contact updated = contact.withCustomAttributes(custom);
      unit.tx().contacts().update(updated);
      return updated;
    });
  }

  /** Removes a custom attribute value from the contact; a key without a value is left as it is. */
  @Override
  public Contact unsetCustomAttribute(ContactId id, String key) {
    Objects.requireNonNull(key, "key");
    return change(id, c -> {
      Map<String, Object> custom = new TreeMap<>(c.customAttributes());
      custom.remove(key);
      return c.withCustomAttributes(custom);
    });
  }

  @Override
  public Contact block(ContactId id) {
    return change(id, c -> c.withBlocked(true));
  }

  @Override
  public Contact unblock(ContactId id) {
    return change(id, c -> c.withBlocked(false));
  }

  private Contact change(ContactId id, UnaryOperator<Contact> change) {
    Objects.requireNonNull(id, "id");
    return kernel.write(unit -> {
      Contact updated = change.apply(load(unit.tx(), id));
      unit.tx().contacts().update(updated);
      return updated;
    });
  }

  private Contact load(StoreTransaction tx, ContactId id) {
    return tx.contacts().find(account, id).orElseThrow(() -> new NotFoundException("contact", id));
  }

  @Override
  public Contact get(ContactId id) {
    return find(id).orElseThrow(() -> new NotFoundException("contact", id));
  }

  @Override
  public Optional<Contact> find(ContactId id) {
    Objects.requireNonNull(id, "id");
    return kernel.read(tx -> tx.contacts().find(account, id));
  }

  /** A page of contacts ordered by id; {@code size} from 1 to 500. */
  @Override
  public Page<Contact> list(int page, int size) {
    InvalidInputException.check(page >= 0, "page", page, "must be >= 0");
    InvalidInputException.check(size >= 1 && size <= 500, "size", size, "must be 1..500");
    return kernel.read(tx -> tx.contacts().list(account, page, size));
  }
}
