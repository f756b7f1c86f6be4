package io.konversio.core.conversation;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Retries work that failed with {@link StaleConversationException}, for callers that read a conversation, decide,
 * and write back with the version they read. Stateless; thread-safe.
 *
 * <pre>{@code
 * Conversation saved = Retry.onStale(5, () -> {
 *   Conversation c = desk.conversations().get(id);
 *   return desk.conversations().update(id, c.version(), changeBasedOn(c), actor);
 * });
 * }</pre>
 */
public final class Retry {
  private Retry() {
  }

  /**
   * Runs {@code work} up to {@code attempts} times while it throws {@link StaleConversationException}; the last
   * failure is rethrown.
   */
  public static <T> T onStale(int attempts, Supplier<T> work) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be >= 1: " + attempts);
    }
    Objects.requireNonNull(work, "work");
    for (int attempt = 1; ; attempt++) {
      try {
        return work.get();
      } catch (StaleConversationException e) {
        if (attempt >= attempts) {
          throw e;
        }
        Thread.onSpinWait();
      }
    }
  }
}
