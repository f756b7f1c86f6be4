package io.konversio.core.event;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One attribute's change, from its old value to its new one; either side is empty when the attribute was unset.
 * Immutable; thread-safe.
 */
public record Change(Optional<Object> from, Optional<Object> to) {

  public static Change of(@Nullable Object from, @Nullable Object to) {
    return new Change(Optional.ofNullable(unwrap(from)), Optional.ofNullable(unwrap(to)));
  }

  private static @Nullable Object unwrap(@Nullable Object value) {
    return value instanceof Optional<?> optional ? optional.orElse(null) : value;
  }
}
