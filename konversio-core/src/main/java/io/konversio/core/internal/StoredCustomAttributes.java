package io.konversio.core.internal;

import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.AttributeType;
import io.konversio.core.attribute.CustomAttributeDefinition;
import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.account.AccountId;
import io.konversio.core.internal.Kernel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import io.konversio.core.attribute.CustomAttributes;

/** The CustomAttributes of one account, over the kernel's store. Thread-safe. */
public final class StoredCustomAttributes implements CustomAttributes {
  private final Kernel kernel;
  private final AccountId account;

  public StoredCustomAttributes(Kernel kernel, AccountId account) {
    this.kernel = kernel;
    this.account = account;
  }

  /** Defines an attribute of any type but list. */
  @Override
  public CustomAttributeDefinition define(AttributeModel model, String key, String displayName, AttributeType type) {
    InvalidInputException.check(type != AttributeType.LIST, "type", type, "a list attribute needs its values");
    return define(model, key, displayName, type, List.of());
  }

  /** Defines a list attribute with its allowed values. */
  @Override
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

  @Override
  public Optional<CustomAttributeDefinition> find(AttributeModel model, String key) {
    return kernel.read(tx -> tx.attributes().find(account, model, key));
  }

  @Override
  public CustomAttributeDefinition get(AttributeModel model, String key) {
    return find(model, key).orElseThrow(() -> new NotFoundException(model.code(), key));
  }

  /** The definitions of one model, ordered by key. */
  @Override
  public List<CustomAttributeDefinition> list(AttributeModel model) {
    return kernel.read(tx -> tx.attributes().list(account, model));
  }
}
