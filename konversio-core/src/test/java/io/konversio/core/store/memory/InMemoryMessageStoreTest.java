package io.konversio.core.store.memory;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.MessageStoreContract;

/** The {@link MessageStoreContract} on the in-memory store. */
class InMemoryMessageStoreTest extends MessageStoreContract {
  @Override
  protected DataStore newStore() {
    return InMemoryStore.create();
  }
}
