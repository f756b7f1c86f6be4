package io.konversio.jdbc.internal;

import java.time.Instant;
import java.time.LocalDateTime;
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

  private static final long MIN_FAST_SECOND = Instant.parse("1000-01-01T00:00:00Z").getEpochSecond();
  private static final long MAX_FAST_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  /**
   * Exactly {@link Instant#toString()} (ISO-8601 in UTC, seconds always, the fraction in groups of three digits as
   * needed), without its formatter: the outbox writes several instants per event. Years outside 1000–9999 take
   * {@code toString()}.
   */
  static String iso(Instant instant) {
    long second = instant.getEpochSecond();
    if (second < MIN_FAST_SECOND || second > MAX_FAST_SECOND) {
      return instant.toString();
    }
    int nano = instant.getNano();
    LocalDateTime t = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
    int fraction = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
    char[] out = new char[20 + (fraction == 0 ? 0 : fraction + 1)];
    digits(out, 0, t.getYear(), 4);
    out[4] = '-';
    digits(out, 5, t.getMonthValue(), 2);
    out[7] = '-';
    digits(out, 8, t.getDayOfMonth(), 2);
    out[10] = 'T';
    digits(out, 11, t.getHour(), 2);
    out[13] = ':';
    digits(out, 14, t.getMinute(), 2);
    out[16] = ':';
    digits(out, 17, t.getSecond(), 2);
    if (fraction > 0) {
      out[19] = '.';
      digits(out, 20, nano / (fraction == 3 ? 1_000_000 : fraction == 6 ? 1_000 : 1), fraction);
    }
    out[out.length - 1] = 'Z';
    return new String(out);
  }

  private static void digits(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
