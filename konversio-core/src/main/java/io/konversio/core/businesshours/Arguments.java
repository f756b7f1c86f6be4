package io.konversio.core.businesshours;

import org.jspecify.annotations.Nullable;

/** Argument checks that fail with an {@link IllegalArgumentException} naming the argument. */
final class Arguments {

  private Arguments() {}

  /**
   * Returns {@code value}, or throws if it is null. Callers are {@code @NullMarked}, so a null
   * here is a caller's bug; it is reported as a bad argument, the way every other bad value is.
   */
  static <T> T requireNonNull(@Nullable T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }
}
