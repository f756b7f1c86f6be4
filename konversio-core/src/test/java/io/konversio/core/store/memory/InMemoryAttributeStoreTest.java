package io.konversio.core.store.memory;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.AttributeStoreContract;

/** The {@link AttributeStoreContract} on the in-memory store. */
class InMemoryAttributeStoreTest extends AttributeStoreContract {
  @Override
  protected DataStore newStore() {
    return InMemoryStore.create();
  }
}
