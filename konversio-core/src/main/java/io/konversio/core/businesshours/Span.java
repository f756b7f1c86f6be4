package io.konversio.core.businesshours;

import java.time.Duration;
import java.time.Instant;

/**
 * A stretch of real time during which business hours are open: from {@code start} (inclusive) to
 * {@code end} (exclusive), with {@code start} before {@code end}. Immutable.
 */
record Span(Instant start, Instant end) {

  boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /** The length of the part of this span that lies in {@code [from, to)}, zero if none does. */
  Duration overlap(Instant from, Instant to) {
    Instant lower = start.isAfter(from) ? start : from;
    Instant upper = end.isBefore(to) ? end : to;
    return lower.isBefore(upper) ? Duration.between(lower, upper) : Duration.ZERO;
  }
}
