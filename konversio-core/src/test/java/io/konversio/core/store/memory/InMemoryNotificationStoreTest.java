package io.konversio.core.store.memory;

import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.contract.NotificationStoreContract;

/** The {@link NotificationStoreContract} on the in-memory store. */
class InMemoryNotificationStoreTest extends NotificationStoreContract {
  @Override
  protected DataStore newStore() {
    return InMemoryStore.create();
  }
}
