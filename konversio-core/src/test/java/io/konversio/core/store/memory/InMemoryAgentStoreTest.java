package io.konversio.core.store.memory;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.AgentStoreContract;

/** The {@link AgentStoreContract} on the in-memory store. */
class InMemoryAgentStoreTest extends AgentStoreContract {
  @Override
  protected DataStore newStore() {
    return InMemoryStore.create();
  }
}
