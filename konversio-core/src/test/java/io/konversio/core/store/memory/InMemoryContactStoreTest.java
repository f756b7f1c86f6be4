package io.konversio.core.store.memory;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.ContactStoreContract;

/** The {@link ContactStoreContract} on the in-memory store. */
class InMemoryContactStoreTest extends ContactStoreContract {
  @Override
  protected DataStore newStore() {
    return InMemoryStore.create();
  }
}
