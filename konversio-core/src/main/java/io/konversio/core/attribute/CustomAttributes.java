package io.konversio.core.attribute;

import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.account.AccountId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The custom attribute definitions of one account. Implementations are thread-safe. */
public interface CustomAttributes {
  /** Defines an attribute of any type but list. */
  CustomAttributeDefinition define(AttributeModel model, String key, String displayName, AttributeType type);

  /** Defines a list attribute with its allowed values. */
  CustomAttributeDefinition defineList(AttributeModel model, String key, String displayName,
      List<String> values);

  Optional<CustomAttributeDefinition> find(AttributeModel model, String key);

  CustomAttributeDefinition get(AttributeModel model, String key);

  /** The definitions of one model, ordered by key. */
  List<CustomAttributeDefinition> list(AttributeModel model);
}
