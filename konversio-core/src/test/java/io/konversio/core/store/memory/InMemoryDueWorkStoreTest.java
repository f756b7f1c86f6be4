package io.konversio.core.store.memory;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.DueWorkStoreContract;

/** The {@link DueWorkStoreContract} on the in-memory store. */
class InMemoryDueWorkStoreTest extends DueWorkStoreContract {
  @Override
  protected DataStore newStore() {
    return InMemoryStore.create();
  }
}
