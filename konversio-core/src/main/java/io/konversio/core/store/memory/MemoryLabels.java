package io.konversio.core.store.memory;

import io.konversio.core.account.AccountId;
import io.konversio.core.label.Label;
import io.konversio.core.label.LabelId;
import io.konversio.core.spi.LabelStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class MemoryLabels implements LabelStore {
  private final MemoryData data;
  private final Journal journal;

  MemoryLabels(MemoryData data, Journal journal) {
    this.data = data;
    this.journal = journal;
  }

  @Override
  public void insert(Label label) {
    if (findByTitle(label.accountId(), label.title()).isPresent()) {
      throw new IllegalStateException("label " + label.title() + " exists in account " + label.accountId());
    }
    journal.putNew(data.labels, label.id().value(), label, "label");
  }

  @Override
  public Optional<Label> findByTitle(AccountId account, String normalizedTitle) {
    return data.labels.values().stream()
        .filter(l -> l.accountId().equals(account) && l.title().equals(normalizedTitle)).findFirst();
  }

  @Override
  public List<Label> list(AccountId account) {
    return data.labels.values().stream().filter(l -> l.accountId().equals(account))
        .sorted(Comparator.comparing(Label::title)).toList();
  }

  @Override
  public void delete(AccountId account, LabelId id) {
    Label label = data.labels.get(id.value());
    if (label != null && label.accountId().equals(account)) {
      journal.remove(data.labels, id.value());
    }
  }
}
