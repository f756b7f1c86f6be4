package io.konversio.core.store.memory;

import io.konversio.core.account.AccountId;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.CustomAttributeDefinition;
import io.konversio.core.spi.AttributeStore;
import java.util.List;
import java.util.Optional;

final class MemoryAttributes implements AttributeStore {
  private final MemoryData data;
  private final Journal journal;

  MemoryAttributes(MemoryData data, Journal journal) {
    this.data = data;
    this.journal = journal;
  }

  private static String key(AccountId account, AttributeModel model, String key) {
    return account.value() + ":" + model.code() + ":" + key;
  }

  @Override
  public void insert(CustomAttributeDefinition definition) {
    String k = key(definition.accountId(), definition.model(), definition.key());
    if (data.attributes.containsKey(k)) {
      throw new IllegalStateException("attribute " + definition.key() + " exists");
    }
    journal.put(data.attributes, k, definition);
  }

  @Override
  public Optional<CustomAttributeDefinition> find(AccountId account, AttributeModel model, String key) {
    return Optional.ofNullable(data.attributes.get(key(account, model, key)));
  }

  @Override
  public List<CustomAttributeDefinition> list(AccountId account, AttributeModel model) {
    return data.attributes.values().stream()
        .filter(d -> d.accountId().equals(account) && d.model() == model).toList();
  }

  @Override
  public void delete(AccountId account, AttributeModel model, String key) {
    journal.remove(data.attributes, key(account, model, key));
  }
}
