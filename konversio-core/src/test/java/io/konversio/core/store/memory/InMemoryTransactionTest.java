package io.konversio.core.store.memory;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.TransactionContract;

/** The {@link TransactionContract} on the in-memory store. */
class InMemoryTransactionTest extends TransactionContract {
  @Override
  protected DataStore newStore() {
    return InMemoryStore.create();
  }
}
