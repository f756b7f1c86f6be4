package io.konversio.core.businesshours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns local wall-clock dates and times of one zone into instants, the way business hours read
 * them. Immutable and thread-safe.
 *
 * <p>{@link #reach} gives the first instant at which the wall clock reaches a local date-time.
 * That instant is unique where the local date-time exists once; it is the transition instant
 * where a gap skips the local date-time (the clock jumps from before it to after it); and it is
 * the earlier-offset occurrence where an overlap repeats it. The mapping never decreases as the
 * local date-time increases, so intervals that are ordered and disjoint in wall time stay ordered
 * and disjoint in real time.
 *
 * <p>Each local day owns the window of real time {@code [startOf(day), startOf(day + 1))}; the
 * windows of consecutive days tile the time line, and every opening interval of a day lies in its
 * window.
 */
final class WallClock {

  private final ZoneId zone;
  private final ZoneRules rules;

  WallClock(ZoneId zone) {
    this.zone = zone;
    this.rules = zone.getRules();
  }

  /** The first instant at which the wall clock reads {@code local} or later. */
  Instant reach(LocalDateTime local) {
    ZoneOffsetTransition transition = rules.getTransition(local);
    if (transition != null && transition.isGap()) {
      return transition.getInstant();
    }
    // Unique, or an overlap: atZone picks the earlier offset, the first occurrence.
    return local.atZone(zone).toInstant();
  }

  /** The first instant at which the wall clock reads {@code time} on {@code date} or later. */
  Instant reach(LocalDate date, LocalTime time) {
    return reach(date.atTime(time));
  }

  /** The first instant of {@code date}'s window: when the wall clock first reaches its midnight. */
  Instant startOf(LocalDate date) {
    return reach(date.atStartOfDay());
  }

  /**
   * The real-time spans of {@code intervals} (sorted by opening time, disjoint in wall time) on
   * {@code date}: ascending and disjoint, though one may end where the next starts. An interval
   * wholly inside a gap, never shown by the wall clock, yields none.
   */
  List<Span> spans(LocalDate date, List<OpeningInterval> intervals) {
    List<Span> spans = new ArrayList<>(intervals.size());
    for (OpeningInterval interval : intervals) {
      Instant start = reach(date, interval.open());
      Instant end = interval.endsAtEndOfDay() ? startOf(date.plusDays(1)) : reach(date, interval.close());
      if (!start.isBefore(end)) {
        continue;
      }
      spans.add(new Span(start, end));
    }
    return spans;
  }

  /** The day whose window contains {@code instant}. */
  LocalDate dayOf(Instant instant) {
    LocalDate day = LocalDate.ofInstant(instant, zone);
    // Only differs from the local date if a clock set back across midnight shows yesterday's date.
    while (!startOf(day.plusDays(1)).isAfter(instant)) {
      day = day.plusDays(1);
    }
    return day;
  }
}
