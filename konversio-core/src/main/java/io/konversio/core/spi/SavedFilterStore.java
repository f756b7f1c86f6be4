package io.konversio.core.spi;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.search.SavedFilter;
import io.konversio.core.search.SavedFilterId;
import java.util.List;
import java.util.Optional;

/**
 * Stores saved filters per agent. The stored {@link io.konversio.core.search.ConversationQuery} is read back
 * {@code equals} to the one saved, every field included, as long as its attribute condition values are of the
 * stored custom attribute types ({@code String}, {@code BigDecimal} with its scale, {@code LocalDate},
 * {@code Boolean}); other values, such as an {@code Integer}, may come back in one of those types. Used inside one
 * transaction only.
 */
public interface SavedFilterStore {
  void insert(SavedFilter filter);

  Optional<SavedFilter> find(AccountId account, SavedFilterId id);

  /** The agent's saved filters, ordered by name regardless of case (names are unique regardless of case), then id. */
  List<SavedFilter> list(AccountId account, AgentId owner);

  /** Removes the account's saved filter with this id; does nothing when there is none. */
  void delete(AccountId account, SavedFilterId id);
}
