package io.konversio.core.businesshours;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Queries on a zone without daylight saving, so that wall time and real time agree. The week
 * used: Monday 2024-01-08 to Sunday 2024-01-14.
 */
class BusinessHoursTest {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  /** Weekdays 09:00-12:00 and 13:00-17:00, Saturday 10:00-14:00, Sunday closed. */
  private static final BusinessHours OFFICE = BusinessHours.builder(TOKYO)
      .weekdays(LocalTime.of(9, 0), LocalTime.of(12, 0))
      .weekdays(LocalTime.of(13, 0), LocalTime.of(17, 0))
      .interval(SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0))
      .build();

  /** Weekdays 09:00-17:00 only. */
  private static final BusinessHours NINE_TO_FIVE = BusinessHours.builder(TOKYO)
      .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
      .build();

  // ---- isOpen

  @Test
  void isOpenFromTheOpeningInstantInclusive() {
    assertThat(OFFICE.isOpen(at("2024-01-08T09:00"))).isTrue();
    assertThat(OFFICE.isOpen(at("2024-01-08T09:00").minusNanos(1))).isFalse();
    assertThat(OFFICE.isOpen(at("2024-01-08T10:30"))).isTrue();
  }

  @Test
  void isClosedFromTheClosingInstantExclusive() {
    assertThat(OFFICE.isOpen(at("2024-01-08T17:00").minusNanos(1))).isTrue();
    assertThat(OFFICE.isOpen(at("2024-01-08T17:00"))).isFalse();
    assertThat(OFFICE.isOpen(at("2024-01-08T23:00"))).isFalse();
  }

  @Test
  void isClosedBetweenTwoIntervalsOfTheSameDay() {
    assertThat(OFFICE.isOpen(at("2024-01-08T11:59:59"))).isTrue();
    assertThat(OFFICE.isOpen(at("2024-01-08T12:00"))).isFalse();
    assertThat(OFFICE.isOpen(at("2024-01-08T12:30"))).isFalse();
    assertThat(OFFICE.isOpen(at("2024-01-08T13:00"))).isTrue();
  }

  @Test
  void followsEachDayOfTheWeek() {
    assertThat(OFFICE.isOpen(at("2024-01-13T09:30"))).isFalse();
    assertThat(OFFICE.isOpen(at("2024-01-13T10:00"))).isTrue();
    assertThat(OFFICE.isOpen(at("2024-01-13T14:00"))).isFalse();
    assertThat(OFFICE.isOpen(at("2024-01-14T10:00"))).isFalse();
    assertThat(OFFICE.isOpen(at("2024-01-14T15:00"))).isFalse();
  }

  @Test
  void isClosedAllDayOnAHoliday() {
    BusinessHours hours = OFFICE.toBuilder().holiday(LocalDate.of(2024, 1, 10)).build();

    assertThat(hours.isOpen(at("2024-01-09T10:00"))).isTrue();
    assertThat(hours.isOpen(at("2024-01-10T09:00"))).isFalse();
    assertThat(hours.isOpen(at("2024-01-10T15:00"))).isFalse();
    assertThat(hours.isOpen(at("2024-01-11T09:00"))).isTrue();
  }

  @Test
  void holidaysAreLocalDatesInTheZone() {
    BusinessHours hours = BusinessHours.alwaysOpen(TOKYO).toBuilder().holiday(LocalDate.of(2024, 1, 10)).build();

    // 2024-01-09T15:00Z is already 00:00 on the 10th in Tokyo.
    assertThat(hours.isOpen(Instant.parse("2024-01-09T14:59:59Z"))).isTrue();
    assertThat(hours.isOpen(Instant.parse("2024-01-09T15:00:00Z"))).isFalse();
    assertThat(hours.isOpen(Instant.parse("2024-01-10T14:59:59Z"))).isFalse();
    assertThat(hours.isOpen(Instant.parse("2024-01-10T15:00:00Z"))).isTrue();
  }

  @Test
  void intervalUntilEndOfDayStaysOpenToMidnight() {
    BusinessHours hours = BusinessHours.builder(TOKYO)
        .interval(FRIDAY, OpeningInterval.untilEndOfDay(LocalTime.of(22, 0)))
        .build();

    assertThat(hours.isOpen(at("2024-01-12T23:59:59.999999999"))).isTrue();
    assertThat(hours.isOpen(at("2024-01-13T00:00"))).isFalse();
    assertThat(hours.businessTimeBetween(at("2024-01-12T00:00"), at("2024-01-13T00:00")))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void alwaysOpenIsOpenAtAnyInstant() {
    BusinessHours hours = BusinessHours.alwaysOpen(TOKYO);

    assertThat(hours.isOpen(at("2024-01-14T00:00"))).isTrue();
    assertThat(hours.isOpen(at("2024-01-14T23:59:59.999999999"))).isTrue();
    assertThat(hours.isOpen(Instant.EPOCH)).isTrue();
  }

  @Test
  void scheduleWithoutIntervalsIsNeverOpen() {
    BusinessHours hours = BusinessHours.builder(TOKYO).build();

    assertThat(hours.isOpen(at("2024-01-08T10:00"))).isFalse();
    assertThat(hours.nextOpening(at("2024-01-08T10:00"))).isEmpty();
    assertThat(hours.nextClosing(at("2024-01-08T10:00"))).contains(at("2024-01-08T10:00"));
    assertThat(hours.businessTimeBetween(at("2024-01-01T00:00"), at("2025-01-01T00:00")))
        .isZero();
  }

  @Test
  void fixedOffsetZonesWork() {
    BusinessHours hours = BusinessHours.builder(ZoneOffset.ofHoursMinutes(5, 30))
        .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
        .build();

    assertThat(hours.isOpen(Instant.parse("2024-01-08T03:30:00Z"))).isTrue();
    assertThat(hours.isOpen(Instant.parse("2024-01-08T03:29:59Z"))).isFalse();
    assertThat(hours.nextOpening(Instant.parse("2024-01-06T00:00:00Z")))
        .contains(Instant.parse("2024-01-08T03:30:00Z"));
  }

  // ---- nextOpening

  @Test
  void nextOpeningIsFromItselfWhenAlreadyOpen() {
    assertThat(OFFICE.nextOpening(at("2024-01-08T09:00"))).contains(at("2024-01-08T09:00"));
    assertThat(OFFICE.nextOpening(at("2024-01-08T16:59:59"))).contains(at("2024-01-08T16:59:59"));
  }

  @Test
  void nextOpeningLaterTheSameDay() {
    assertThat(OFFICE.nextOpening(at("2024-01-08T06:00"))).contains(at("2024-01-08T09:00"));
    assertThat(OFFICE.nextOpening(at("2024-01-08T12:00"))).contains(at("2024-01-08T13:00"));
    assertThat(OFFICE.nextOpening(at("2024-01-08T12:59:59"))).contains(at("2024-01-08T13:00"));
  }

  @Test
  void nextOpeningTheNextDay() {
    assertThat(OFFICE.nextOpening(at("2024-01-08T17:00"))).contains(at("2024-01-09T09:00"));
    assertThat(OFFICE.nextOpening(at("2024-01-12T20:00"))).contains(at("2024-01-13T10:00"));
  }

  @Test
  void nextOpeningOverTheWeekend() {
    assertThat(OFFICE.nextOpening(at("2024-01-13T14:00"))).contains(at("2024-01-15T09:00"));
    assertThat(NINE_TO_FIVE.nextOpening(at("2024-01-12T17:00"))).contains(at("2024-01-15T09:00"));
    assertThat(NINE_TO_FIVE.nextOpening(at("2024-01-14T23:59"))).contains(at("2024-01-15T09:00"));
  }

  @Test
  void nextOpeningSkipsHolidays() {
    BusinessHours hours = NINE_TO_FIVE.toBuilder()
        .holiday(LocalDate.of(2024, 1, 15))
        .holiday(LocalDate.of(2024, 1, 16))
        .build();

    assertThat(hours.nextOpening(at("2024-01-12T17:00"))).contains(at("2024-01-17T09:00"));
    assertThat(hours.nextOpening(at("2024-01-15T10:00"))).contains(at("2024-01-17T09:00"));
  }

  @Test
  void nextOpeningFindsTheFirstDayAfterYearsOfHolidays() {
    BusinessHours hours = NINE_TO_FIVE.toBuilder()
        .holidays(datesFrom(LocalDate.of(2024, 1, 8), LocalDate.of(2026, 12, 31)))
        .build();

    assertThat(hours.nextOpening(at("2024-01-08T00:00"))).contains(at("2027-01-01T09:00"));
  }

  @Test
  void nextOpeningGivesUpBeyondTheSearchHorizon() {
    LocalDate start = LocalDate.of(2024, 1, 8);
    BusinessHours hours = NINE_TO_FIVE.toBuilder()
        .holidays(datesFrom(start, start.plus(BusinessHours.SEARCH_HORIZON).plusDays(30)))
        .build();

    Instant from = at("2024-01-08T00:00");
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThat(hours.nextOpening(from)).isEmpty());
  }

  @Test
  void nextOpeningAtTheEdgeOfTheSearchHorizon() {
    LocalDate start = LocalDate.of(2024, 1, 8); // a Monday
    LocalDate lastSearched = start.plus(BusinessHours.SEARCH_HORIZON);
    BusinessHours hours = BusinessHours.builder(TOKYO)
        .allDay(lastSearched.getDayOfWeek())
        .allDay(lastSearched.plusDays(1).getDayOfWeek())
        .holidays(datesFrom(start, lastSearched.minusDays(1)))
        .build();

    assertThat(hours.nextOpening(at("2024-01-08T12:00")))
        .contains(lastSearched.atStartOfDay(TOKYO).toInstant());
    assertThat(hours.nextOpening(at("2024-01-08T12:00").plus(Duration.ofDays(1)))).isPresent();
    BusinessHours oneDayLater = hours.toBuilder().holiday(lastSearched).build();
    assertThat(oneDayLater.nextOpening(at("2024-01-08T12:00"))).isEmpty();
  }

  // ---- nextClosing

  @Test
  void nextClosingIsFromItselfWhenAlreadyClosed() {
    assertThat(OFFICE.nextClosing(at("2024-01-08T08:00"))).contains(at("2024-01-08T08:00"));
    assertThat(OFFICE.nextClosing(at("2024-01-08T12:00"))).contains(at("2024-01-08T12:00"));
    assertThat(OFFICE.nextClosing(at("2024-01-14T12:00"))).contains(at("2024-01-14T12:00"));
  }

  @Test
  void nextClosingIsTheEndOfTheCurrentInterval() {
    assertThat(OFFICE.nextClosing(at("2024-01-08T09:00"))).contains(at("2024-01-08T12:00"));
    assertThat(OFFICE.nextClosing(at("2024-01-08T15:00"))).contains(at("2024-01-08T17:00"));
  }

  @Test
  void nextClosingRunsOnThroughTouchingIntervals() {
    BusinessHours hours = BusinessHours.builder(TOKYO)
        .interval(MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
        .interval(MONDAY, LocalTime.of(12, 0), LocalTime.of(13, 0))
        .build();

    assertThat(hours.nextClosing(at("2024-01-08T10:00"))).contains(at("2024-01-08T13:00"));
    assertThat(hours.isOpen(at("2024-01-08T12:00"))).isTrue();
  }

  @Test
  void nextClosingRunsOnAcrossMidnightForANightShift() {
    BusinessHours hours = BusinessHours.builder(TOKYO)
        .interval(FRIDAY, OpeningInterval.untilEndOfDay(LocalTime.of(22, 0)))
        .interval(SATURDAY, LocalTime.MIDNIGHT, LocalTime.of(2, 0))
        .build();

    assertThat(hours.nextClosing(at("2024-01-12T23:00"))).contains(at("2024-01-13T02:00"));
    assertThat(hours.businessTimeBetween(at("2024-01-12T21:00"), at("2024-01-13T03:00")))
        .isEqualTo(Duration.ofHours(4));
  }

  @Test
  void nextClosingRunsOnAcrossAWholeOpenWeekend() {
    BusinessHours hours = NINE_TO_FIVE.toBuilder()
        .interval(FRIDAY, OpeningInterval.untilEndOfDay(LocalTime.of(17, 0)))
        .allDay(SATURDAY)
        .allDay(SUNDAY)
        .interval(MONDAY, LocalTime.MIDNIGHT, LocalTime.of(9, 0))
        .build();

    assertThat(hours.nextClosing(at("2024-01-12T10:00"))).contains(at("2024-01-15T17:00"));
  }

  @Test
  void nextClosingIsEmptyWhenAlwaysOpen() {
    assertThat(BusinessHours.alwaysOpen(TOKYO).nextClosing(at("2024-01-08T10:00"))).isEmpty();
  }

  @Test
  void nextClosingEndsAtAHoliday() {
    BusinessHours hours = BusinessHours.alwaysOpen(TOKYO).toBuilder()
        .holiday(LocalDate.of(2024, 2, 1))
        .build();

    assertThat(hours.nextClosing(at("2024-01-08T10:00"))).contains(at("2024-02-01T00:00"));
  }

  // ---- businessTimeBetween

  @Test
  void businessTimeWithinOneInterval() {
    assertThat(OFFICE.businessTimeBetween(at("2024-01-08T09:15"), at("2024-01-08T11:45")))
        .isEqualTo(Duration.ofMinutes(150));
  }

  @Test
  void businessTimeSkipsTheGapBetweenIntervals() {
    assertThat(OFFICE.businessTimeBetween(at("2024-01-08T11:00"), at("2024-01-08T14:00")))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void businessTimeWithStartAndEndOutsideHours() {
    assertThat(OFFICE.businessTimeBetween(at("2024-01-08T07:00"), at("2024-01-08T20:00")))
        .isEqualTo(Duration.ofHours(7));
    assertThat(OFFICE.businessTimeBetween(at("2024-01-08T12:10"), at("2024-01-08T12:50")))
        .isZero();
    assertThat(OFFICE.businessTimeBetween(at("2024-01-14T00:00"), at("2024-01-15T00:00")))
        .isZero();
  }

  @Test
  void businessTimeAcrossDays() {
    assertThat(OFFICE.businessTimeBetween(at("2024-01-08T16:00"), at("2024-01-09T10:00")))
        .isEqualTo(Duration.ofHours(2));
    assertThat(OFFICE.businessTimeBetween(at("2024-01-08T16:30"), at("2024-01-10T09:30")))
        .isEqualTo(Duration.ofMinutes(30 + 7 * 60 + 30));
  }

  @Test
  void businessTimeAcrossAWeekend() {
    assertThat(OFFICE.businessTimeBetween(at("2024-01-12T16:00"), at("2024-01-15T10:00")))
        .isEqualTo(Duration.ofHours(1 + 4 + 1));
  }

  @Test
  void businessTimeAcrossWeeks() {
    Duration week = Duration.ofHours(5 * 7 + 4);

    assertThat(OFFICE.businessTimeBetween(at("2024-01-08T00:00"), at("2024-01-15T00:00"))).isEqualTo(week);
    assertThat(OFFICE.businessTimeBetween(at("2024-01-08T00:00"), at("2024-02-05T00:00")))
        .isEqualTo(week.multipliedBy(4));
    assertThat(OFFICE.businessTimeBetween(at("2024-01-10T12:00"), at("2024-01-24T12:00")))
        .isEqualTo(week.multipliedBy(2));
  }

  @Test
  void businessTimeLeavesOutHolidays() {
    BusinessHours hours = OFFICE.toBuilder()
        .holiday(LocalDate.of(2024, 1, 10))
        .holiday(LocalDate.of(2024, 1, 14)) // a Sunday: closed anyway
        .build();

    assertThat(hours.businessTimeBetween(at("2024-01-08T00:00"), at("2024-01-15T00:00")))
        .isEqualTo(Duration.ofHours(4 * 7 + 4));
  }

  @Test
  void businessTimeIsZeroForAnEmptyOrReversedRange() {
    Instant instant = at("2024-01-08T10:00");

    assertThat(OFFICE.businessTimeBetween(instant, instant)).isZero();
    assertThat(OFFICE.businessTimeBetween(instant, at("2024-01-08T09:00"))).isZero();
    assertThat(OFFICE.businessTimeBetween(at("2024-02-01T10:00"), instant)).isZero();
  }

  @Test
  void businessTimeCountsNanoseconds() {
    assertThat(OFFICE.businessTimeBetween(at("2024-01-08T08:00"), at("2024-01-08T09:00").plusNanos(1)))
        .isEqualTo(Duration.ofNanos(1));
    assertThat(OFFICE.businessTimeBetween(at("2024-01-08T17:00").minusNanos(1), at("2024-01-08T18:00")))
        .isEqualTo(Duration.ofNanos(1));
  }

  @Test
  void businessTimeOverALeapYear() {
    assertThat(NINE_TO_FIVE.businessTimeBetween(at("2024-01-01T00:00"), at("2025-01-01T00:00")))
        .isEqualTo(Duration.ofHours(262 * 8));
    assertThat(BusinessHours.alwaysOpen(TOKYO).businessTimeBetween(at("2024-01-01T00:00"), at("2025-01-01T00:00")))
        .isEqualTo(Duration.ofDays(366));
  }

  @Test
  void businessTimeOverACenturyWalksDaysNotMinutes() {
    Instant start = at("2000-01-01T00:00");
    Instant end = at("2100-01-01T00:00");

    // 36,525 days; a minute-by-minute walk would visit 52 million minutes.
    Duration total = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> OFFICE.businessTimeBetween(start, end));

    assertThat(total).isEqualTo(Duration.ofHours(
        countDays(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), d -> d.getDayOfWeek().getValue() <= 5) * 7
            + countDays(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), d -> d.getDayOfWeek() == SATURDAY) * 4));
  }

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(TOKYO).toInstant();
  }

  private static List<LocalDate> datesFrom(LocalDate first, LocalDate last) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      dates.add(date);
    }
    return dates;
  }

  private static long countDays(LocalDate from, LocalDate toExclusive, java.util.function.Predicate<LocalDate> which) {
    return from.datesUntil(toExclusive).filter(which).count();
  }
}
