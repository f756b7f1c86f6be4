package io.konversio.core.spi;

import io.konversio.core.account.AccountId;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.CustomAttributeDefinition;
import java.util.List;
import java.util.Optional;

/**
 * Stores custom attribute definitions, unique per account, model and key (inserting a second one throws). A
 * definition's list values keep their order. Used inside one transaction only.
 */
public interface AttributeStore {
  void insert(CustomAttributeDefinition definition);

  Optional<CustomAttributeDefinition> find(AccountId account, AttributeModel model, String key);

  /** The account's definitions of one model, ordered by key (by code point). */
  List<CustomAttributeDefinition> list(AccountId account, AttributeModel model);

  /** Removes the definition; does nothing when there is none. */
  void delete(AccountId account, AttributeModel model, String key);
}
