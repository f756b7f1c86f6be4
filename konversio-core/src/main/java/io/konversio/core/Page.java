package io.konversio.core;

import java.util.List;

/**
 * One page of results. Immutable; thread-safe.
 *
 * @param items the items of this page, never null
 * @param page the zero-based page number
 * @param size the requested page size
 * @param total the number of items over all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {
  public Page {
    items = List.copyOf(items);
  }

  /** Whether a page follows this one. */
  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }
}
