package io.konversio.core.businesshours;

import java.time.LocalTime;

/**
 * One opening interval within a day, in local wall-clock time: open from {@code open} (inclusive)
 * until {@code close} (exclusive).
 *
 * <p>A {@code close} of {@link LocalTime#MAX} means "until the end of the day": the interval then
 * runs up to the start of the next day, not to 23:59:59.999999999. Use {@link #untilEndOfDay} or
 * {@link #ALL_DAY} to say so plainly. An interval never crosses midnight; for a night shift add
 * one interval ending at the end of one day and another starting at midnight the next day.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param open  the local time the interval opens, inclusive
 * @param close the local time the interval closes, exclusive; {@link LocalTime#MAX} for the end of
 *              the day
 */
public record OpeningInterval(LocalTime open, LocalTime close) {

  /** The interval covering a whole day, from midnight to the end of the day. */
  public static final OpeningInterval ALL_DAY = new OpeningInterval(LocalTime.MIDNIGHT, LocalTime.MAX);

  /**
   * Validates the interval.
   *
   * @throws IllegalArgumentException if either time is null or {@code open} is not before
   *                                  {@code close}
   */
  public OpeningInterval {
    Arguments.requireNonNull(open, "open");
    Arguments.requireNonNull(close, "close");
    if (!open.isBefore(close)) {
      String hint = close.equals(LocalTime.MIDNIGHT)
          ? " (for an interval that runs until midnight use LocalTime.MAX or"
              + " OpeningInterval.untilEndOfDay)"
          : "";
      throw new IllegalArgumentException(
          "open " + open + " must be before close " + close + hint);
    }
  }

  /**
   * Returns the interval from {@code open} (inclusive) to {@code close} (exclusive).
   *
   * @throws IllegalArgumentException if either time is null or {@code open} is not before
   *                                  {@code close}
   */
  public static OpeningInterval of(LocalTime open, LocalTime close) {
    return new OpeningInterval(open, close);
  }

  /**
   * Returns the interval from {@code open} (inclusive) until the end of the day.
   *
   * @throws IllegalArgumentException if {@code open} is null or {@link LocalTime#MAX}
   */
  public static OpeningInterval untilEndOfDay(LocalTime open) {
    return new OpeningInterval(open, LocalTime.MAX);
  }

  /** Whether this interval runs until the end of the day, that is its close is {@link LocalTime#MAX}. */
  public boolean endsAtEndOfDay() {
    return close.equals(LocalTime.MAX);
  }

  /**
   * Whether the local time {@code time} lies in this interval, open inclusive and close exclusive.
   * This is plain wall-clock arithmetic, blind to time zones; see {@link BusinessHours#isOpen} for
   * the real-time answer.
   */
  public boolean contains(LocalTime time) {
    return !time.isBefore(open) && (endsAtEndOfDay() || time.isBefore(close));
  }

  /**
   * Whether this interval and {@code other} share any local time. Intervals that only touch (one
   * closes when the other opens) do not overlap.
   */
  public boolean overlaps(OpeningInterval other) {
    return open.isBefore(other.close) && other.open.isBefore(close);
  }

  /** Returns the interval as {@code open-close}, for example {@code 09:00-17:00} or {@code 22:00-24:00}. */
  @Override
  public String toString() {
    return open + "-" + (endsAtEndOfDay() ? "24:00" : close.toString());
  }
}
