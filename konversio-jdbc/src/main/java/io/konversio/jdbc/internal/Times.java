package io.konversio.jdbc.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Converts between {@link Instant} and the {@code timestamp with time zone} columns. Both databases keep
 * microseconds, so instants are truncated to microseconds before they are written (the drivers would round).
 */
final class Times {
  private Times() {
  }

  static OffsetDateTime column(Instant instant) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  static @Nullable OffsetDateTime column(Optional<Instant> instant) {
    return instant.map(Times::column).orElse(null);
  }

  static Instant instant(OffsetDateTime value) {
    return value.toInstant();
  }

  static Optional<Instant> optional(@Nullable OffsetDateTime value) {
    return value == null ? Optional.empty() : Optional.of(value.toInstant());
  }
}
