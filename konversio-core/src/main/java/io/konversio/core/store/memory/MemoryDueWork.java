package io.konversio.core.store.memory;

import io.konversio.core.duework.DueItem;
import io.konversio.core.spi.DueWorkStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

final class MemoryDueWork implements DueWorkStore {
  private final MemoryData data;
  private final Journal journal;

  MemoryDueWork(MemoryData data, Journal journal) {
    this.data = data;
    this.journal = journal;
  }

  @Override
  public void schedule(DueItem item) {
    journal.checkWritable();
    long previous = data.dueSequence;
    data.dueSequence++;
    journal.onUndo(() -> data.dueSequence = previous);
    DueItem stored = new DueItem(data.dueSequence, item.accountId(), item.kind(), item.key(), item.payload(),
        item.dueAt(), item.attempts());
    journal.put(data.dueWork, item.key(), new MemoryData.DueSlot(stored, Instant.MIN));
  }

  @Override
  public void cancel(String key) {
    journal.remove(data.dueWork, key);
  }

  @Override
  public List<DueItem> claim(Instant now, int limit, Duration lease) {
    List<MemoryData.DueSlot> due = data.dueWork.values().stream()
        .filter(s -> !s.item().dueAt().isAfter(now) && !s.visibleAt().isAfter(now))
        .sorted(Comparator.comparing((MemoryData.DueSlot s) -> s.item().dueAt()).thenComparing(s -> s.item().id()))
        .limit(limit).toList();
    for (MemoryData.DueSlot slot : due) {
      journal.put(data.dueWork, slot.item().key(), new MemoryData.DueSlot(slot.item(), now.plus(lease)));
    }
    return due.stream().map(MemoryData.DueSlot::item).toList();
  }

  @Override
  public void complete(DueItem item) {
    MemoryData.DueSlot slot = data.dueWork.get(item.key());
    if (slot != null && slot.item().id() == item.id()) {
      journal.remove(data.dueWork, item.key());
    }
  }

  @Override
  public void retry(DueItem item, Instant dueAt) {
    MemoryData.DueSlot slot = data.dueWork.get(item.key());
    if (slot != null && slot.item().id() == item.id()) {
      DueItem again = new DueItem(item.id(), item.accountId(), item.kind(), item.key(), item.payload(), dueAt,
          item.attempts() + 1);
      journal.put(data.dueWork, item.key(), new MemoryData.DueSlot(again, Instant.MIN));
    }
  }

  @Override
  public List<DueItem> list() {
    return data.dueWork.values().stream().map(MemoryData.DueSlot::item)
        .sorted(Comparator.comparing(DueItem::dueAt).thenComparing(DueItem::id)).toList();
  }
}
