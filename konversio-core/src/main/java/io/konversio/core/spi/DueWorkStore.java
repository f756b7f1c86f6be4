package io.konversio.core.spi;

import io.konversio.core.duework.DueItem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Stores due work. Claims are atomic: two nodes polling at once never claim the same item. */
public interface DueWorkStore {

  /** Schedules an item, replacing any item with the same key (the given id is ignored; the store assigns one). */
  void schedule(DueItem item);

  /** Removes the item with this key, if any. */
  void cancel(String key);

  /**
   * Claims up to {@code limit} items due at {@code now}, oldest first, and hides them from other claims for
   * {@code lease} (after which an unfinished item may be claimed again).
   */
  List<DueItem> claim(Instant now, int limit, Duration lease);

  /** Removes a finished item, unless it was rescheduled (replaced) since it was claimed. */
  void complete(DueItem item);

  /** Puts a failed item back, due at {@code dueAt} with its attempt count incremented. */
  void retry(DueItem item, Instant dueAt);

  /** All scheduled items, by due time; for tests and tooling. */
  List<DueItem> list();
}
