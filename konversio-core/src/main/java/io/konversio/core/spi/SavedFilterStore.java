package io.konversio.core.spi;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.search.SavedFilter;
import io.konversio.core.search.SavedFilterId;
import java.util.List;
import java.util.Optional;

/** Stores saved filters per agent. */
public interface SavedFilterStore {
  void insert(SavedFilter filter);

  Optional<SavedFilter> find(AccountId account, SavedFilterId id);

  /** The agent's saved filters, ordered by name regardless of case (names are unique regardless of case). */
  List<SavedFilter> list(AccountId account, AgentId owner);

  void delete(AccountId account, SavedFilterId id);
}
