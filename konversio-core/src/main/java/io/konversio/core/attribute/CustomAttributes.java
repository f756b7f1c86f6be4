package io.konversio.core.attribute;

import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.account.AccountId;
import io.konversio.core.internal.Kernel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The custom attribute definitions of one account. Thread-safe. */
public final class CustomAttributes {
  private final Kernel kernel;
  private final AccountId account;

  /** For Konversio's own use; get one from {@code konversio.desk(account).customAttributes()}. */
  public CustomAttributes(Kernel kernel, AccountId account) {
    this.kernel = kernel;
    this.account = account;
  }

  /** Defines an attribute of any type but list. */
  public CustomAttributeDefinition define(AttributeModel model, String key, String displayName, AttributeType type) {
    InvalidInputException.check(type != AttributeType.LIST, "type", type, "a list attribute needs its values");
    return define(model, key, displayName, type, List.of());
  }

  /** Defines a list attribute with its allowed values. */
  public CustomAttributeDefinition defineList(AttributeModel model, String key, String displayName,
      List<String> values) {
    InvalidInputException.check(!values.isEmpty(), "listValues", values, "must not be empty");
    return define(model, key, displayName, AttributeType.LIST, values);
  }

  private CustomAttributeDefinition define(AttributeModel model, String key, String displayName, AttributeType type,
      List<String> values) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(type, "type");
    InvalidInputException.check(key != null && CustomAttributeDefinition.isValidKey(key), "key", key,
        "must be lower-case letters, digits and underscores, starting with a letter, at most 64 characters");
    String name = InvalidInputException.requiredText(displayName, "displayName");
    return kernel.write(unit -> {
      InvalidInputException.check(unit.tx().attributes().find(account, model, key).isEmpty(), "key", key,
          "is already defined for " + model.code());
      CustomAttributeDefinition definition = new CustomAttributeDefinition(account, model, key, name, type, values);
      unit.tx().attributes().insert(definition);
      return definition;
    });
  }

  public Optional<CustomAttributeDefinition> find(AttributeModel model, String key) {
    return kernel.read(tx -> tx.attributes().find(account, model, key));
  }

  public CustomAttributeDefinition get(AttributeModel model, String key) {
    return find(model, key).orElseThrow(() -> new NotFoundException(model.code(), key));
  }

  /** The definitions of one model, ordered by key. */
  public List<CustomAttributeDefinition> list(AttributeModel model) {
    return kernel.read(tx -> tx.attributes().list(account, model));
  }
}
