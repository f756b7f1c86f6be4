package io.konversio.core.businesshours;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The hours a team is open for business: a weekly schedule of {@link OpeningInterval}s in one time
 * zone, closed all day on holidays. It answers whether an instant is inside business hours, when
 * they next open or close, and how much business time lies between two instants.
 *
 * <pre>{@code
 * BusinessHours hours = BusinessHours.builder(ZoneId.of("Europe/Berlin"))
 *     .weekdays(LocalTime.of(9, 0), LocalTime.of(12, 0))
 *     .weekdays(LocalTime.of(13, 0), LocalTime.of(17, 0))
 *     .holiday(LocalDate.of(2024, 12, 25))
 *     .build();
 * boolean open = hours.isOpen(clock.instant());
 * Duration waited = hours.businessTimeBetween(created, firstReply);
 * }</pre>
 *
 * <h2>Time zones and daylight saving</h2>
 * Intervals and holidays are in local wall-clock time of {@link #zone()}; all answers are in real
 * elapsed time. Each interval boundary on a date is the <em>first instant at which the local wall
 * clock reaches</em> that date and time:
 * <ul>
 *   <li>A time skipped by a gap resolves to the instant of the transition. In Europe/Berlin on
 *       31 March 2024 clocks jump from 02:00 to 03:00, so an interval 02:30–04:00 opens at 03:00
 *       CEST and lasts one real hour, and 01:00–02:30 closes at 03:00 CEST after one real hour. An
 *       interval wholly inside the gap (02:00–02:30) does not open that day. This deliberately
 *       differs from {@code ZonedDateTime.of}, which would shift 02:30 by the gap's length to 03:30
 *       and so could turn 02:30–03:15 inside out or make disjoint intervals overlap.</li>
 *   <li>A time repeated by an overlap resolves to its first occurrence (the earlier offset, as
 *       {@code ZonedDateTime.of} does). In America/New_York on 3 November 2024 clocks fall back
 *       from 02:00 to 01:00, so 01:00–03:00 runs from 01:00 EDT to 03:00 EST: three real hours,
 *       and every one of them counts as business time.</li>
 *   <li>An interval ending at {@link LocalTime#MAX} ends when the wall clock first reaches the
 *       next day's midnight (the transition instant if that midnight is skipped). A holiday closes
 *       the intervals of its own date only: it does not cut short an interval of the day before.</li>
 * </ul>
 * Because this mapping never runs backwards, intervals that are ordered and disjoint in wall time
 * stay ordered and disjoint in real time, and business time is never counted twice.
 *
 * <h2>Bounded search</h2>
 * {@link #nextOpening} and {@link #nextClosing} look at most {@link #SEARCH_HORIZON} of local
 * days ahead and return empty if the answer lies beyond it, so they terminate even when every day
 * ahead is a holiday. {@link #businessTimeBetween} has no horizon: it walks the range day by day,
 * so its cost grows with the number of days in the range (a year is 366 small steps). Instants
 * outside the range of {@code LocalDateTime} in the zone fail with a {@code DateTimeException}.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder(ZoneId)} and derive
 * variants with {@link #toBuilder()}. Two instances are equal when zone, schedule and holidays are.
 */
public final class BusinessHours {

  /**
   * How far {@link #nextOpening} and {@link #nextClosing} look ahead: they examine the local day
   * of their starting instant and the days up to this period after it, then give up.
   */
  public static final Period SEARCH_HORIZON = Period.ofYears(5);

  private static final Set<DayOfWeek> WEEKDAYS = Collections.unmodifiableSet(
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

  private final ZoneId zone;
  private final Map<DayOfWeek, List<OpeningInterval>> schedule;
  private final SortedSet<LocalDate> holidays;
  private final WallClock wallClock;

  private BusinessHours(Builder builder) {
    this.zone = builder.zone;
    EnumMap<DayOfWeek, List<OpeningInterval>> days = new EnumMap<>(DayOfWeek.class);
    builder.schedule.forEach((day, intervals) -> {
      if (!intervals.isEmpty()) {
        days.put(day, List.copyOf(intervals));
      }
    });
    this.schedule = Collections.unmodifiableMap(days);
    this.holidays = Collections.unmodifiableSortedSet(new TreeSet<>(builder.holidays));
    this.wallClock = new WallClock(zone);
  }

  /** Returns a builder for business hours in {@code zone}, with no intervals and no holidays. */
  public static Builder builder(ZoneId zone) {
    return new Builder(zone);
  }

  /** Returns business hours in {@code zone} that are open all day, every day. */
  public static BusinessHours alwaysOpen(ZoneId zone) {
    Builder builder = builder(zone);
    for (DayOfWeek day : DayOfWeek.values()) {
      builder.allDay(day);
    }
    return builder.build();
  }

  /** Returns a builder holding this instance's zone, schedule and holidays. */
  public Builder toBuilder() {
    Builder builder = new Builder(zone);
    schedule.forEach((day, intervals) -> builder.schedule.get(day).addAll(intervals));
    builder.holidays.addAll(holidays);
    return builder;
  }

  /** The zone whose wall-clock time the intervals and holidays are in. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The weekly schedule: for each day that has intervals, those intervals sorted by opening time.
   * Days without intervals are absent. Iterates from Monday to Sunday; unmodifiable.
   */
  public Map<DayOfWeek, List<OpeningInterval>> schedule() {
    return schedule;
  }

  /** The intervals of {@code day}, sorted by opening time; empty if closed that day of the week. */
  public List<OpeningInterval> intervals(DayOfWeek day) {
    return schedule.getOrDefault(Arguments.requireNonNull(day, "day"), List.of());
  }

  /** The dates closed all day, in ascending order; unmodifiable. */
  public SortedSet<LocalDate> holidays() {
    return holidays;
  }

  /**
   * Whether business hours are open at {@code instant}: an interval's opening instant counts as
   * open, its closing instant as closed.
   */
  public boolean isOpen(Instant instant) {
    Arguments.requireNonNull(instant, "instant");
    for (Span span : spans(wallClock.dayOf(instant))) {
      if (span.contains(instant)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first instant at or after {@code from} at which business hours are open: {@code from}
   * itself if open then. Empty if the schedule has no intervals, or if nothing opens within
   * {@link #SEARCH_HORIZON} (for example because every day ahead is a holiday).
   */
  public Optional<Instant> nextOpening(Instant from) {
    Arguments.requireNonNull(from, "from");
    if (schedule.isEmpty()) {
      return Optional.empty();
    }
    LocalDate day = wallClock.dayOf(from);
    LocalDate last = day.plus(SEARCH_HORIZON);
    for (; !day.isAfter(last); day = day.plusDays(1)) {
      for (Span span : spans(day)) {
        if (span.end().isAfter(from)) {
          return Optional.of(span.start().isAfter(from) ? span.start() : from);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first instant at or after {@code from} at which business hours are closed: {@code from}
   * itself if closed then. Open time that runs on across midnight (one day's interval ending at
   * the end of the day, the next starting at midnight) is followed to its end. Empty if business
   * hours stay open throughout {@link #SEARCH_HORIZON}, as {@link #alwaysOpen} hours do.
   */
  public Optional<Instant> nextClosing(Instant from) {
    Arguments.requireNonNull(from, "from");
    LocalDate day = wallClock.dayOf(from);
    LocalDate last = day.plus(SEARCH_HORIZON);
    Instant closing = from; // earliest instant not yet known to be open
    for (; !day.isAfter(last); day = day.plusDays(1)) {
      for (Span span : spans(day)) {
        if (span.start().isAfter(closing)) {
          return Optional.of(closing);
        }
        if (span.end().isAfter(closing)) {
          closing = span.end();
        }
      }
      if (closing.isBefore(wallClock.startOf(day.plusDays(1)))) {
        return Optional.of(closing);
      }
    }
    return Optional.empty();
  }

  /**
   * The business time in {@code [start, end)}: the real elapsed time in that range during which
   * business hours are open. {@link Duration#ZERO} if {@code end} is not after {@code start}
   * (a reversed range is empty, not an error). Takes time in proportion to the number of days in
   * the range, not to its length in minutes.
   */
  public Duration businessTimeBetween(Instant start, Instant end) {
    Arguments.requireNonNull(start, "start");
    Arguments.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      return Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    LocalDate last = wallClock.dayOf(end);
    for (LocalDate day = wallClock.dayOf(start); !day.isAfter(last); day = day.plusDays(1)) {
      for (Span span : spans(day)) {
        total = total.plus(span.overlap(start, end));
      }
    }
    return total;
  }

  /**
   * The open spans of {@code day} in real time, ascending and disjoint (they may touch); empty on
   * a holiday or a day of the week without intervals. All lie within the day's window.
   */
  private List<Span> spans(LocalDate day) {
    List<OpeningInterval> intervals = schedule.get(day.getDayOfWeek());
    if (intervals == null || holidays.contains(day)) {
      return List.of();
    }
    return wallClock.spans(day, intervals);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof BusinessHours that
        && zone.equals(that.zone)
        && schedule.equals(that.schedule)
        && holidays.equals(that.holidays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, schedule, holidays);
  }

  /** Returns zone, schedule and holidays, for logs and test failure messages. */
  @Override
  public String toString() {
    return "BusinessHours[zone=" + zone + ", schedule=" + schedule + ", holidays=" + holidays + "]";
  }

  /**
   * Builds {@link BusinessHours}. Every setter validates its arguments at once and throws an
   * {@link IllegalArgumentException} naming the bad value, leaving the builder unchanged.
   * Intervals on the same day must not overlap (they may touch: 09:00–12:00 and 12:00–13:00 is
   * one stretch of open time); overlapping ones are rejected rather than merged, since they are
   * almost always a typing mistake.
   *
   * <p>Not thread-safe: confine a builder to one thread. Each {@link #build()} returns an
   * independent immutable instance, and the builder stays usable afterwards.
   */
  public static final class Builder {

    private ZoneId zone;
    private final Map<DayOfWeek, List<OpeningInterval>> schedule = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> holidays = new TreeSet<>();

    private Builder(ZoneId zone) {
      this.zone = Arguments.requireNonNull(zone, "zone");
      for (DayOfWeek day : DayOfWeek.values()) {
        schedule.put(day, new ArrayList<>());
      }
    }

    /** Sets the zone whose wall-clock time the intervals and holidays are in. */
    public Builder zone(ZoneId zone) {
      this.zone = Arguments.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Adds the interval {@code open} (inclusive) to {@code close} (exclusive) on {@code day};
     * {@link LocalTime#MAX} as close means until the end of the day.
     *
     * @throws IllegalArgumentException if an argument is null, {@code open} is not before
     *                                  {@code close}, or the interval overlaps one already on
     *                                  {@code day}
     */
    public Builder interval(DayOfWeek day, LocalTime open, LocalTime close) {
      Arguments.requireNonNull(day, "day");
      return interval(day, new OpeningInterval(open, close));
    }

    /**
     * Adds {@code interval} on {@code day}.
     *
     * @throws IllegalArgumentException if an argument is null or the interval overlaps one already
     *                                  on {@code day}
     */
    public Builder interval(DayOfWeek day, OpeningInterval interval) {
      return intervals(EnumSet.of(Arguments.requireNonNull(day, "day")), interval);
    }

    /**
     * Adds the interval {@code open}–{@code close} on every day from Monday to Friday.
     *
     * @throws IllegalArgumentException as {@link #interval(DayOfWeek, LocalTime, LocalTime)} does,
     *                                  for any of those days; then no day is changed
     */
    public Builder weekdays(LocalTime open, LocalTime close) {
      return intervals(WEEKDAYS, new OpeningInterval(open, close));
    }

    /**
     * Opens {@code day} from midnight to the end of the day.
     *
     * @throws IllegalArgumentException if {@code day} is null or already has an interval
     */
    public Builder allDay(DayOfWeek day) {
      return interval(day, OpeningInterval.ALL_DAY);
    }

    /**
     * Removes every interval of {@code day}, closing it all day every week.
     *
     * @throws IllegalArgumentException if {@code day} is null
     */
    public Builder closed(DayOfWeek day) {
      schedule.get(Arguments.requireNonNull(day, "day")).clear();
      return this;
    }

    /**
     * Adds {@code date} as a holiday, closed all day in local time. Adding it twice is harmless.
     *
     * @throws IllegalArgumentException if {@code date} is null
     */
    public Builder holiday(LocalDate date) {
      holidays.add(Arguments.requireNonNull(date, "date"));
      return this;
    }

    /**
     * Adds each of {@code dates} as a holiday.
     *
     * @throws IllegalArgumentException if {@code dates} is or contains null; then none is added
     */
    public Builder holidays(Collection<LocalDate> dates) {
      Arguments.requireNonNull(dates, "dates");
      for (LocalDate date : dates) {
        if (date == null) {
          throw new IllegalArgumentException("holiday in dates " + dates + " must not be null");
        }
      }
      holidays.addAll(dates);
      return this;
    }

    /** Removes every holiday. */
    public Builder clearHolidays() {
      holidays.clear();
      return this;
    }

    /** Returns business hours with this builder's zone, schedule and holidays. */
    public BusinessHours build() {
      return new BusinessHours(this);
    }

    private Builder intervals(Set<DayOfWeek> days, OpeningInterval interval) {
      Arguments.requireNonNull(interval, "interval");
      for (DayOfWeek day : days) {
        for (OpeningInterval existing : schedule.get(day)) {
          if (existing.overlaps(interval)) {
            throw new IllegalArgumentException("interval " + interval + " on " + day
                + " overlaps interval " + existing + " already on that day");
          }
        }
      }
      for (DayOfWeek day : days) {
        List<OpeningInterval> intervals = schedule.get(day);
        intervals.add(interval);
        intervals.sort(Comparator.comparing(OpeningInterval::open));
      }
      return this;
    }
  }
}
