package io.konversio.core.store.memory;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.PostAllContract;

/** {@link PostAllContract}: Conversations.postAll on the in-memory store. */
class InMemoryPostAllTest extends PostAllContract {
  @Override
  protected DataStore newStore() {
    return InMemoryStore.create();
  }
}
