package io.konversio.core.businesshours;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of random business hours and instants for the property tests.
 *
 * <p>Interval boundaries are whole quarter-hours (including midnight and the end of the day), and
 * every zone here has offsets and transitions on whole minutes, so every instant at which business
 * hours open or close is a whole minute since the epoch (and mostly a whole quarter-hour). Instants
 * are drawn over 2010-2030, half of them close to one of the zone's transitions and most of them
 * on a quarter-hour, so that they often land exactly on a boundary.
 */
final class BusinessHoursCases {

  /**
   * A zone without DST, DST zones in both hemispheres, a 30-minute DST, clocks changing at
   * midnight, clocks set back across midnight (St. John's, 2010-11-07 00:01 to 2010-11-06 23:01),
   * odd offsets, and a zone that skipped a whole day (Apia, 2011-12-30).
   */
  static final List<ZoneId> ZONES = List.of(
      ZoneOffset.UTC,
      ZoneId.of("Europe/Berlin"),
      ZoneId.of("America/New_York"),
      ZoneId.of("Australia/Lord_Howe"),
      ZoneId.of("America/Santiago"),
      ZoneId.of("America/St_Johns"),
      ZoneId.of("Asia/Kolkata"),
      ZoneId.of("Asia/Kathmandu"),
      ZoneId.of("Pacific/Chatham"),
      ZoneId.of("Pacific/Apia"));

  static final Instant FIRST = Instant.parse("2010-01-01T00:00:00Z");
  static final Instant LAST = Instant.parse("2031-01-01T00:00:00Z");

  private static final int QUARTERS_PER_DAY = 96;
  private static final long QUARTER = 15 * 60;
  private static final long DAY = 24 * 60 * 60;

  private BusinessHoursCases() {}

  /**
   * Business hours and three instants {@code a <= b <= c}.
   *
   * @param hours random business hours
   * @param a     the earliest instant
   * @param b     an instant between the two others
   * @param c     the latest instant
   */
  record Case(BusinessHours hours, Instant a, Instant b, Instant c) {}

  /** Random business hours with instants around them. */
  static Gen<Case> cases() {
    return Generate.pick(ZONES).flatMap(zone -> schedulePoints().zip(
        holidayOffsets(), instantsAround(zone), gap(), gap(),
        (points, holidays, a, ab, bc) -> {
          Instant b = a.plusSeconds(ab);
          Instant c = b.plusSeconds(bc);
          return new Case(hours(zone, points, holidays, a), a, b, c);
        }));
  }

  /** A zone and an instant, for hours that are always open. */
  static Gen<Pair<ZoneId, Instant>> zonesAndInstants() {
    return Generate.pick(ZONES).flatMap(zone -> instantsAround(zone).map(instant -> Pair.of(zone, instant)));
  }

  /**
   * Points of a weekly schedule: each is {@code day * 97 + quarter}, quarter 96 standing for the end
   * of the day. Each day's points, sorted, pair up into intervals (equal points make touching
   * intervals, or none); an odd last point opens until the end of the day.
   */
  private static Gen<List<Integer>> schedulePoints() {
    return lists().of(integers().between(0, 7 * (QUARTERS_PER_DAY + 1) - 1)).ofSizeBetween(0, 40);
  }

  /** Holidays as days relative to the local date of the first instant. */
  private static Gen<List<Integer>> holidayOffsets() {
    return lists().of(integers().between(-3, 10)).ofSizeBetween(0, 4);
  }

  /** Seconds between two instants: mostly quarter-hours within a few days, sometimes a year. */
  private static Gen<Long> gap() {
    return Generate.frequency(
        Pair.of(5, longs().between(0, 4 * QUARTERS_PER_DAY).map(quarters -> quarters * QUARTER)),
        Pair.of(3, longs().between(0, 4 * DAY)),
        Pair.of(2, longs().between(0, 400 * DAY)));
  }

  private static Gen<Instant> instantsAround(ZoneId zone) {
    Gen<Instant> anywhere = longs().between(FIRST.getEpochSecond(), LAST.getEpochSecond())
        .map((Long seconds) -> Instant.ofEpochSecond(seconds));
    Gen<Instant> onQuarter = anywhere.map((Instant instant) -> Instant.ofEpochSecond(
        Math.floorDiv(instant.getEpochSecond(), QUARTER) * QUARTER));
    List<Instant> transitions = transitions(zone);
    if (transitions.isEmpty()) {
      return Generate.frequency(Pair.of(1, anywhere), Pair.of(1, onQuarter));
    }
    Gen<Instant> nearTransition = Generate.pick(transitions).zip(
        longs().between(-2 * QUARTERS_PER_DAY, 2 * QUARTERS_PER_DAY),
        (transition, quarters) -> transition.plusSeconds(quarters * QUARTER));
    return Generate.frequency(Pair.of(1, anywhere), Pair.of(2, onQuarter), Pair.of(3, nearTransition));
  }

  private static List<Instant> transitions(ZoneId zone) {
    ZoneRules rules = zone.getRules();
    List<Instant> transitions = new ArrayList<>();
    for (ZoneOffsetTransition t = rules.nextTransition(FIRST);
        t != null && t.getInstant().isBefore(LAST);
        t = rules.nextTransition(t.getInstant())) {
      transitions.add(t.getInstant());
    }
    return transitions;
  }

  static BusinessHours hours(ZoneId zone, List<Integer> points, List<Integer> holidayOffsets, Instant near) {
    BusinessHours.Builder builder = BusinessHours.builder(zone);
    Map<DayOfWeek, List<Integer>> byDay = new TreeMap<>();
    for (int point : points) {
      byDay.computeIfAbsent(DayOfWeek.of(point / (QUARTERS_PER_DAY + 1) + 1), day -> new ArrayList<>())
          .add(point % (QUARTERS_PER_DAY + 1));
    }
    byDay.forEach((day, quarters) -> {
      quarters.sort(null);
      for (int i = 0; i < quarters.size(); i += 2) {
        int open = quarters.get(i);
        int close = i + 1 < quarters.size() ? quarters.get(i + 1) : QUARTERS_PER_DAY;
        if (open < close) {
          builder.interval(day, time(open), time(close));
        }
      }
    });
    LocalDate date = LocalDate.ofInstant(near, zone);
    for (int offset : holidayOffsets) {
      builder.holiday(date.plusDays(offset));
    }
    return builder.build();
  }

  private static LocalTime time(int quarter) {
    return quarter == QUARTERS_PER_DAY
        ? LocalTime.MAX
        : LocalTime.MIDNIGHT.plus(Duration.ofSeconds(quarter * QUARTER));
  }
}
