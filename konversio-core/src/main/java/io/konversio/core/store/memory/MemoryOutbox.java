package io.konversio.core.store.memory;

import io.konversio.core.event.DomainEvent;
import io.konversio.core.spi.OutboxStore;
import java.util.List;

final class MemoryOutbox implements OutboxStore {
  private final MemoryData data;
  private final Journal journal;

  MemoryOutbox(MemoryData data, Journal journal) {
    this.data = data;
    this.journal = journal;
  }

  @Override
  public void append(List<DomainEvent> events) {
    journal.checkWritable();
    long previous = data.outboxSequence;
    journal.onUndo(() -> data.outboxSequence = previous);
    for (DomainEvent event : events) {
      long sequence = ++data.outboxSequence;
      journal.put(data.outbox, sequence, new Entry(sequence, event));
    }
  }

  @Override
  public List<Entry> pending(int limit) {
    return data.outbox.values().stream().limit(limit).toList();
  }

  @Override
  public void markDispatched(List<Long> sequences) {
    sequences.forEach(s -> journal.remove(data.outbox, s));
  }
}
