package io.konversio.core.store.memory;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.LabelStoreContract;

/** The {@link LabelStoreContract} on the in-memory store. */
class InMemoryLabelStoreTest extends LabelStoreContract {
  @Override
  protected DataStore newStore() {
    return InMemoryStore.create();
  }
}
