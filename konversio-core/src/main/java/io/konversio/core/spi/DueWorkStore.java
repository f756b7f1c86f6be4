package io.konversio.core.spi;

import io.konversio.core.duework.DueItem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Stores due work. Claims are atomic: two nodes polling at once never claim the same item. Keys are unique across
 * all accounts. Used inside one (write) transaction only.
 */
public interface DueWorkStore {

  /**
   * Schedules an item, replacing any item with the same key, claimed or not. The given id is ignored: the store
   * assigns a new one, higher than the ids it assigned before. The other fields, attempts included, are kept.
   */
  void schedule(DueItem item);

  /** Removes the item with this key, if any. */
  void cancel(String key);

  /**
   * Claims up to {@code limit} items due at {@code now} ({@code dueAt <= now}), oldest first (by due time, then
   * id), and hides them from other claims for {@code lease}: they may be claimed again from {@code now + lease}
   * on, if still unfinished. Claiming changes nothing else: the items stay listed with the same id and attempts.
   */
  List<DueItem> claim(Instant now, int limit, Duration lease);

  /**
   * Removes a finished item, unless it was rescheduled (replaced by an item with another id) or cancelled since
   * it was claimed; then it does nothing.
   */
  void complete(DueItem item);

  /**
   * Puts a failed item back, due at {@code dueAt} with its attempt count incremented, its id kept and visible to
   * claims from {@code dueAt} on. Does nothing if the item was rescheduled or cancelled since it was claimed.
   */
  void retry(DueItem item, Instant dueAt);

  /** All scheduled items, by due time, then id; for tests and tooling. */
  List<DueItem> list();
}
