package io.konversio.core.store.memory;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.ConversationQueryContract;

/** The {@link ConversationQueryContract} on the in-memory store. */
class InMemoryConversationQueryTest extends ConversationQueryContract {
  @Override
  protected DataStore newStore() {
    return InMemoryStore.create();
  }
}
