package io.konversio.core.bulk;

import java.util.List;

/** The outcome of a bulk action, one result per requested conversation, in request order. Immutable. */
public record BulkResult(List<BulkItemResult> items) {
  public BulkResult {
    items = List.copyOf(items);
  }

  public long succeeded() {
    return items.stream().filter(BulkItemResult::succeeded).count();
  }

  public long failed() {
    return items.size() - succeeded();
  }

  public List<BulkItemResult> failures() {
    return items.stream().filter(i -> !i.succeeded()).toList();
  }
}
