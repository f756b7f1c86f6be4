package io.konversio.core.store.memory;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.ConversationStoreContract;

/** The {@link ConversationStoreContract} on the in-memory store. */
class InMemoryConversationStoreTest extends ConversationStoreContract {
  @Override
  protected DataStore newStore() {
    return InMemoryStore.create();
  }
}
