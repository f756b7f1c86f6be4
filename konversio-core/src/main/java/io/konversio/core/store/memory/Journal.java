package io.konversio.core.store.memory;

import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Applies writes to the in-memory maps and records how to undo each one. */
final class Journal {
  private final @Nullable Deque<Runnable> undo;

  Journal(@Nullable Deque<Runnable> undo) {
    this.undo = undo;
  }

  void checkWritable() {
    if (undo == null) {
      throw new IllegalStateException("cannot write in a read transaction");
    }
  }

  <K, V> void put(Map<K, V> map, K key, V value) {
    checkWritable();
    boolean existed = map.containsKey(key);
    V previous = map.put(key, value);
    undo.push(() -> {
      if (existed) {
        map.put(key, previous);
      } else {
        map.remove(key);
      }
    });
  }

  /** Puts a value under a key that must be new; throws {@link IllegalStateException} naming {@code what} if not. */
  <K, V> void putNew(Map<K, V> map, K key, V value, String what) {
    if (map.containsKey(key)) {
      throw new IllegalStateException(what + " " + key + " exists");
    }
    put(map, key, value);
  }

  /**
   * Replaces the value under a key if one is stored and {@code sameAccount} accepts it; throws
   * {@link IllegalStateException} naming {@code what} if not.
   */
  <K, V> void replace(Map<K, V> map, K key, V value, Predicate<V> sameAccount, String what) {
    V stored = map.get(key);
    if (stored == null || !sameAccount.test(stored)) {
      throw new IllegalStateException(what + " " + key + " does not exist in its account");
    }
    put(map, key, value);
  }

  <K, V> void remove(Map<K, V> map, K key) {
    checkWritable();
    if (map.containsKey(key)) {
      V previous = map.remove(key);
      undo.push(() -> map.put(key, previous));
    }
  }

  <T> void add(List<T> list, T value) {
    checkWritable();
    list.add(value);
    undo.push(() -> list.remove(list.size() - 1));
  }

  void onUndo(Runnable action) {
    checkWritable();
    undo.push(action);
  }
}
