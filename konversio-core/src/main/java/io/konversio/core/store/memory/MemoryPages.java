package io.konversio.core.store.memory;

import io.konversio.core.Page;
import java.util.List;

final class MemoryPages {
  private MemoryPages() {
  }

  static <T> Page<T> page(List<T> all, int page, int size) {
    long from = Math.min((long) page * size, all.size());
    long to = Math.min(from + size, all.size());
    return new Page<>(all.subList((int) from, (int) to), page, size, all.size());
  }
}
