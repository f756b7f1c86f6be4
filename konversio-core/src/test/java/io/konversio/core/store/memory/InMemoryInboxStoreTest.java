package io.konversio.core.store.memory;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.InboxStoreContract;

/** The {@link InboxStoreContract} on the in-memory store. */
class InMemoryInboxStoreTest extends InboxStoreContract {
  @Override
  protected DataStore newStore() {
    return InMemoryStore.create();
  }
}
