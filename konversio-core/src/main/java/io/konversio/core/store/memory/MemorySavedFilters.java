package io.konversio.core.store.memory;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.search.SavedFilter;
import io.konversio.core.search.SavedFilterId;
import io.konversio.core.spi.SavedFilterStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class MemorySavedFilters implements SavedFilterStore {
  private final MemoryData data;
  private final Journal journal;

  MemorySavedFilters(MemoryData data, Journal journal) {
    this.data = data;
    this.journal = journal;
  }

  @Override
  public void insert(SavedFilter filter) {
    journal.putNew(data.savedFilters, filter.id().value(), filter, "saved filter");
  }

  @Override
  public Optional<SavedFilter> find(AccountId account, SavedFilterId id) {
    return Optional.ofNullable(data.savedFilters.get(id.value())).filter(f -> f.accountId().equals(account));
  }

  @Override
  public List<SavedFilter> list(AccountId account, AgentId owner) {
    return data.savedFilters.values().stream()
        .filter(f -> f.accountId().equals(account) && f.owner().equals(owner))
        .sorted(Comparator.comparing(SavedFilter::name, String.CASE_INSENSITIVE_ORDER)).toList();
  }

  @Override
  public void delete(AccountId account, SavedFilterId id) {
    if (find(account, id).isPresent()) {
      journal.remove(data.savedFilters, id.value());
    }
  }
}
