package io.konversio.core.store.memory;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.OutboxStoreContract;

/** The {@link OutboxStoreContract} on the in-memory store. */
class InMemoryOutboxStoreTest extends OutboxStoreContract {
  @Override
  protected DataStore newStore() {
    return InMemoryStore.create();
  }
}
