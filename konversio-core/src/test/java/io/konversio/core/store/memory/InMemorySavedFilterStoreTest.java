package io.konversio.core.store.memory;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.SavedFilterStoreContract;

/** The {@link SavedFilterStoreContract} on the in-memory store. */
class InMemorySavedFilterStoreTest extends SavedFilterStoreContract {
  @Override
  protected DataStore newStore() {
    return InMemoryStore.create();
  }
}
