package io.konversio.core.store.memory;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.AccountStoreContract;

/** The {@link AccountStoreContract} on the in-memory store. */
class InMemoryAccountStoreTest extends AccountStoreContract {
  @Override
  protected DataStore newStore() {
    return InMemoryStore.create();
  }
}
