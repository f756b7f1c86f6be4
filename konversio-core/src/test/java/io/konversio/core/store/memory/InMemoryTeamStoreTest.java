package io.konversio.core.store.memory;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.TeamStoreContract;

/** The {@link TeamStoreContract} on the in-memory store. */
class InMemoryTeamStoreTest extends TeamStoreContract {
  @Override
  protected DataStore newStore() {
    return InMemoryStore.create();
  }
}
