package io.konversio.core.contact;

import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.CustomAttributeDefinition;
import io.konversio.core.spi.StoreTransaction;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** The contacts of one account. Implementations are thread-safe. */
public interface Contacts {
  /**
   * Adds a contact. The email, if any, is stored in lower case and must be new to the account in any case; custom
   * attributes are validated against the account's contact attribute definitions.
   */
  Contact create(NewContact details);

  /** Sets a custom attribute of the contact, validated against its definition. */
  Contact setCustomAttribute(ContactId id, String key, Object value);

  /** Removes a custom attribute value from the contact; a key without a value is left as it is. */
  Contact unsetCustomAttribute(ContactId id, String key);

  Contact block(ContactId id);

  Contact unblock(ContactId id);

  Contact get(ContactId id);

  Optional<Contact> find(ContactId id);

  /** A page of contacts ordered by id; {@code size} from 1 to 500. */
  Page<Contact> list(int page, int size);
}
