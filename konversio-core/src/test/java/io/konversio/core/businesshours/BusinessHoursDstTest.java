package io.konversio.core.businesshours;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Business hours on the days clocks change. Instants are written as local time with the offset in
 * force, so {@code 2024-10-27T02:30+02:00} and {@code 2024-10-27T02:30+01:00} are the first and
 * the second time Berlin's clocks show 02:30 that night.
 */
class BusinessHoursDstTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
  private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
  private static final ZoneId ST_JOHNS = ZoneId.of("America/St_Johns");

  // ---- Europe/Berlin, spring forward: Sunday 2024-03-31, 02:00 CET becomes 03:00 CEST.

  @Test
  void berlinSpringForwardIntervalAcrossTheGapLastsOneHourLess() {
    BusinessHours hours = sundays(BERLIN, "01:00", "04:00");

    assertThat(hours.nextOpening(t("2024-03-30T12:00+01:00"))).contains(t("2024-03-31T01:00+01:00"));
    assertThat(hours.isOpen(t("2024-03-31T01:59:59+01:00"))).isTrue();
    assertThat(hours.isOpen(t("2024-03-31T03:00+02:00"))).isTrue();
    assertThat(hours.nextClosing(t("2024-03-31T01:30+01:00"))).contains(t("2024-03-31T04:00+02:00"));
    assertThat(hours.businessTimeBetween(t("2024-03-31T00:00+01:00"), t("2024-04-01T00:00+02:00")))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void berlinSpringForwardOpeningInTheGapOpensWhenTheClocksJump() {
    BusinessHours hours = sundays(BERLIN, "02:30", "04:00");

    assertThat(hours.nextOpening(t("2024-03-30T12:00+01:00"))).contains(t("2024-03-31T03:00+02:00"));
    assertThat(hours.isOpen(t("2024-03-31T03:00+02:00").minusNanos(1))).isFalse();
    assertThat(hours.isOpen(t("2024-03-31T03:00+02:00"))).isTrue();
    assertThat(hours.businessTimeBetween(t("2024-03-31T00:00+01:00"), t("2024-04-01T00:00+02:00")))
        .isEqualTo(Duration.ofHours(1));
  }

  @Test
  void berlinSpringForwardClosingInTheGapClosesWhenTheClocksJump() {
    BusinessHours hours = sundays(BERLIN, "01:00", "02:30");

    assertThat(hours.nextClosing(t("2024-03-31T01:30+01:00"))).contains(t("2024-03-31T03:00+02:00"));
    assertThat(hours.isOpen(t("2024-03-31T03:00+02:00"))).isFalse();
    assertThat(hours.businessTimeBetween(t("2024-03-31T00:00+01:00"), t("2024-04-01T00:00+02:00")))
        .isEqualTo(Duration.ofHours(1));
  }

  @Test
  void berlinSpringForwardIntervalStraddlingTheGapKeepsItsWallClockPart() {
    // ZonedDateTime.of would move 02:30 to 03:30, after the 03:15 close.
    assertThat(ZonedDateTime.of(LocalDate.of(2024, 3, 31), LocalTime.of(2, 30), BERLIN).toLocalTime())
        .isEqualTo(LocalTime.of(3, 30));
    BusinessHours hours = sundays(BERLIN, "02:30", "03:15");

    assertThat(hours.nextOpening(t("2024-03-30T12:00+01:00"))).contains(t("2024-03-31T03:00+02:00"));
    assertThat(hours.nextClosing(t("2024-03-31T03:00+02:00"))).contains(t("2024-03-31T03:15+02:00"));
    assertThat(hours.businessTimeBetween(t("2024-03-31T00:00+01:00"), t("2024-04-01T00:00+02:00")))
        .isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void berlinSpringForwardIntervalWhollyInTheGapDoesNotOpenThatDay() {
    BusinessHours hours = sundays(BERLIN, "02:00", "02:30");

    assertThat(hours.nextOpening(t("2024-03-30T12:00+01:00"))).contains(t("2024-04-07T02:00+02:00"));
    assertThat(hours.isOpen(t("2024-03-31T03:00+02:00"))).isFalse();
    assertThat(hours.businessTimeBetween(t("2024-03-31T00:00+01:00"), t("2024-04-01T00:00+02:00")))
        .isZero();
  }

  @Test
  void berlinSpringForwardTouchingIntervalsAroundTheGapStayJoined() {
    BusinessHours hours = BusinessHours.builder(BERLIN)
        .interval(SUNDAY, LocalTime.of(1, 0), LocalTime.of(2, 30))
        .interval(SUNDAY, LocalTime.of(2, 30), LocalTime.of(5, 0))
        .build();

    assertThat(hours.nextClosing(t("2024-03-31T01:00+01:00"))).contains(t("2024-03-31T05:00+02:00"));
    assertThat(hours.businessTimeBetween(t("2024-03-31T00:00+01:00"), t("2024-04-01T00:00+02:00")))
        .isEqualTo(Duration.ofHours(3));
  }

  @Test
  void berlinSpringForwardDayHas23BusinessHoursWhenOpenAllDay() {
    BusinessHours hours = BusinessHours.builder(BERLIN).allDay(SUNDAY).build();

    assertThat(hours.businessTimeBetween(t("2024-03-25T00:00+01:00"), t("2024-04-01T00:00+02:00")))
        .isEqualTo(Duration.ofHours(23));
    assertThat(BusinessHours.alwaysOpen(BERLIN)
        .businessTimeBetween(t("2024-03-31T00:00+01:00"), t("2024-04-01T00:00+02:00")))
        .isEqualTo(Duration.ofHours(23));
  }

  @Test
  void berlinSpringForwardLeavesDaytimeIntervalsAtEightHours() {
    BusinessHours hours = sundays(BERLIN, "09:00", "17:00");

    assertThat(hours.nextOpening(t("2024-03-31T00:00+01:00"))).contains(t("2024-03-31T09:00+02:00"));
    assertThat(hours.businessTimeBetween(t("2024-03-31T00:00+01:00"), t("2024-04-01T00:00+02:00")))
        .isEqualTo(Duration.ofHours(8));
  }

  // ---- Europe/Berlin, fall back: Sunday 2024-10-27, 03:00 CEST becomes 02:00 CET.

  @Test
  void berlinFallBackIntervalAcrossTheOverlapLastsThreeRealHours() {
    BusinessHours hours = sundays(BERLIN, "01:00", "03:00");

    assertThat(hours.nextOpening(t("2024-10-26T12:00+02:00"))).contains(t("2024-10-27T01:00+02:00"));
    assertThat(hours.isOpen(t("2024-10-27T02:30+02:00"))).isTrue();
    assertThat(hours.isOpen(t("2024-10-27T02:30+01:00"))).isTrue();
    assertThat(hours.isOpen(t("2024-10-27T03:00+01:00"))).isFalse();
    assertThat(hours.nextClosing(t("2024-10-27T02:30+02:00"))).contains(t("2024-10-27T03:00+01:00"));
    assertThat(hours.businessTimeBetween(t("2024-10-27T00:00+02:00"), t("2024-10-28T00:00+01:00")))
        .isEqualTo(Duration.ofHours(3));
  }

  @Test
  void berlinFallBackOpeningInTheOverlapOpensTheFirstTime() {
    BusinessHours hours = sundays(BERLIN, "02:30", "04:00");

    assertThat(hours.nextOpening(t("2024-10-26T12:00+02:00"))).contains(t("2024-10-27T02:30+02:00"));
    assertThat(hours.isOpen(t("2024-10-27T02:10+01:00"))).isTrue();
    assertThat(hours.businessTimeBetween(t("2024-10-27T00:00+02:00"), t("2024-10-28T00:00+01:00")))
        .isEqualTo(Duration.ofMinutes(150));
  }

  @Test
  void berlinFallBackClosingInTheOverlapClosesTheFirstTime() {
    BusinessHours hours = sundays(BERLIN, "00:00", "02:30");

    assertThat(hours.nextClosing(t("2024-10-27T01:00+02:00"))).contains(t("2024-10-27T02:30+02:00"));
    assertThat(hours.isOpen(t("2024-10-27T02:10+01:00"))).isFalse();
    assertThat(hours.businessTimeBetween(t("2024-10-27T00:00+02:00"), t("2024-10-28T00:00+01:00")))
        .isEqualTo(Duration.ofMinutes(150));
  }

  @Test
  void berlinFallBackTouchingIntervalsInTheOverlapStayJoined() {
    BusinessHours hours = BusinessHours.builder(BERLIN)
        .interval(SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(2, 30))
        .interval(SUNDAY, LocalTime.of(2, 30), LocalTime.of(5, 0))
        .build();

    assertThat(hours.isOpen(t("2024-10-27T02:10+01:00"))).isTrue();
    assertThat(hours.nextClosing(t("2024-10-27T01:00+02:00"))).contains(t("2024-10-27T05:00+01:00"));
    assertThat(hours.businessTimeBetween(t("2024-10-27T00:00+02:00"), t("2024-10-28T00:00+01:00")))
        .isEqualTo(Duration.ofHours(6));
  }

  @Test
  void berlinFallBackDayHas25BusinessHoursWhenOpenAllDay() {
    BusinessHours hours = BusinessHours.builder(BERLIN).allDay(SUNDAY).build();

    assertThat(hours.businessTimeBetween(t("2024-10-21T00:00+02:00"), t("2024-10-28T00:00+01:00")))
        .isEqualTo(Duration.ofHours(25));
    assertThat(hours.nextClosing(t("2024-10-27T12:00+01:00"))).contains(t("2024-10-28T00:00+01:00"));
  }

  // ---- America/New_York, spring forward: Sunday 2024-03-10, 02:00 EST becomes 03:00 EDT.

  @Test
  void newYorkSpringForwardIntervalAcrossTheGapLastsOneHour() {
    BusinessHours hours = sundays(NEW_YORK, "01:00", "03:00");

    assertThat(hours.isOpen(t("2024-03-10T01:59:59-05:00"))).isTrue();
    assertThat(hours.isOpen(t("2024-03-10T03:00-04:00"))).isFalse();
    assertThat(hours.businessTimeBetween(t("2024-03-10T00:00-05:00"), t("2024-03-11T00:00-04:00")))
        .isEqualTo(Duration.ofHours(1));
  }

  @Test
  void newYorkSpringForwardIntervalWhollyInTheGapDoesNotOpenThatDay() {
    BusinessHours hours = sundays(NEW_YORK, "02:15", "02:45");

    assertThat(hours.nextOpening(t("2024-03-09T12:00-05:00"))).contains(t("2024-03-17T02:15-04:00"));
  }

  @Test
  void newYorkSpringForwardDayHas23BusinessHoursWhenOpenAllDay() {
    assertThat(BusinessHours.alwaysOpen(NEW_YORK)
        .businessTimeBetween(t("2024-03-10T00:00-05:00"), t("2024-03-11T00:00-04:00")))
        .isEqualTo(Duration.ofHours(23));
  }

  @Test
  void newYorkSpringForwardWeekOfWorkdaysIsUnchanged() {
    BusinessHours hours = weekdaysNineToFive(NEW_YORK);

    assertThat(hours.nextOpening(t("2024-03-08T17:00-05:00"))).contains(t("2024-03-11T09:00-04:00"));
    assertThat(hours.businessTimeBetween(t("2024-03-04T00:00-05:00"), t("2024-03-18T00:00-04:00")))
        .isEqualTo(Duration.ofHours(80));
    assertThat(hours.isOpen(Instant.parse("2024-03-08T14:00:00Z"))).isTrue();  // 09:00 EST
    assertThat(hours.isOpen(Instant.parse("2024-03-11T13:00:00Z"))).isTrue();  // 09:00 EDT
    assertThat(hours.isOpen(Instant.parse("2024-03-11T12:59:59Z"))).isFalse(); // 08:59 EDT
  }

  // ---- America/New_York, fall back: Sunday 2024-11-03, 02:00 EDT becomes 01:00 EST.

  @Test
  void newYorkFallBackIntervalAcrossTheOverlapLastsThreeRealHours() {
    BusinessHours hours = sundays(NEW_YORK, "01:00", "03:00");

    assertThat(hours.nextOpening(t("2024-11-02T12:00-04:00"))).contains(t("2024-11-03T01:00-04:00"));
    assertThat(hours.isOpen(t("2024-11-03T01:30-05:00"))).isTrue();
    assertThat(hours.nextClosing(t("2024-11-03T01:30-04:00"))).contains(t("2024-11-03T03:00-05:00"));
    assertThat(hours.businessTimeBetween(t("2024-11-03T00:00-04:00"), t("2024-11-04T00:00-05:00")))
        .isEqualTo(Duration.ofHours(3));
  }

  @Test
  void newYorkFallBackClosingInTheOverlapClosesTheFirstTime() {
    BusinessHours hours = sundays(NEW_YORK, "00:00", "01:30");

    assertThat(hours.nextClosing(t("2024-11-03T00:30-04:00"))).contains(t("2024-11-03T01:30-04:00"));
    assertThat(hours.isOpen(t("2024-11-03T01:15-05:00"))).isFalse();
    assertThat(hours.businessTimeBetween(t("2024-11-03T00:00-04:00"), t("2024-11-04T00:00-05:00")))
        .isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void newYorkFallBackOpeningInTheOverlapOpensTheFirstTime() {
    BusinessHours hours = sundays(NEW_YORK, "01:30", "02:00");

    assertThat(hours.nextOpening(t("2024-11-03T00:00-04:00"))).contains(t("2024-11-03T01:30-04:00"));
    assertThat(hours.isOpen(t("2024-11-03T01:00-05:00"))).isTrue();
    assertThat(hours.isOpen(t("2024-11-03T02:00-05:00"))).isFalse();
    assertThat(hours.businessTimeBetween(t("2024-11-03T00:00-04:00"), t("2024-11-04T00:00-05:00")))
        .isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void newYorkFallBackDayHas25BusinessHoursWhenOpenAllDay() {
    BusinessHours hours = BusinessHours.builder(NEW_YORK).allDay(SUNDAY).build();

    assertThat(hours.businessTimeBetween(t("2024-11-03T00:00-04:00"), t("2024-11-04T00:00-05:00")))
        .isEqualTo(Duration.ofHours(25));
    assertThat(hours.nextClosing(t("2024-11-03T00:00-04:00"))).contains(t("2024-11-04T00:00-05:00"));
  }

  @Test
  void newYorkFallBackWeekOfWorkdaysIsUnchanged() {
    BusinessHours hours = weekdaysNineToFive(NEW_YORK);

    assertThat(hours.nextOpening(t("2024-11-01T17:00-04:00"))).contains(t("2024-11-04T09:00-05:00"));
    assertThat(hours.businessTimeBetween(t("2024-10-28T00:00-04:00"), t("2024-11-11T00:00-05:00")))
        .isEqualTo(Duration.ofHours(80));
  }

  // ---- Australia/Lord_Howe: a 30-minute shift. Clocks go from 02:00 (+11) back to 01:30 (+10:30)
  // on Sunday 2024-04-07 and from 02:00 (+10:30) forward to 02:30 (+11) on Sunday 2024-10-06.

  @Test
  void lordHoweFallBackAddsHalfAnHour() {
    BusinessHours hours = sundays(LORD_HOWE, "01:00", "03:00");

    assertThat(hours.isOpen(t("2024-04-07T01:45+10:30"))).isTrue();
    assertThat(hours.businessTimeBetween(t("2024-04-07T00:00+11:00"), t("2024-04-08T00:00+10:30")))
        .isEqualTo(Duration.ofMinutes(150));
    assertThat(BusinessHours.alwaysOpen(LORD_HOWE)
        .businessTimeBetween(t("2024-04-07T00:00+11:00"), t("2024-04-08T00:00+10:30")))
        .isEqualTo(Duration.ofMinutes(24 * 60 + 30));
  }

  @Test
  void lordHoweSpringForwardLosesHalfAnHour() {
    BusinessHours hours = sundays(LORD_HOWE, "01:00", "03:00");

    assertThat(hours.businessTimeBetween(t("2024-10-06T00:00+10:30"), t("2024-10-07T00:00+11:00")))
        .isEqualTo(Duration.ofMinutes(90));
    assertThat(BusinessHours.alwaysOpen(LORD_HOWE)
        .businessTimeBetween(t("2024-10-06T00:00+10:30"), t("2024-10-07T00:00+11:00")))
        .isEqualTo(Duration.ofMinutes(23 * 60 + 30));
  }

  @Test
  void lordHoweSpringForwardOpeningInTheGapOpensWhenTheClocksJump() {
    BusinessHours hours = sundays(LORD_HOWE, "02:15", "03:00");

    assertThat(hours.nextOpening(t("2024-10-06T00:00+10:30"))).contains(t("2024-10-06T02:30+11:00"));
    assertThat(hours.businessTimeBetween(t("2024-10-06T00:00+10:30"), t("2024-10-07T00:00+11:00")))
        .isEqualTo(Duration.ofMinutes(30));
  }

  // ---- America/Santiago: clocks change at midnight. On Sunday 2024-09-08 00:00 (-04) becomes
  // 01:00 (-03), so that day has no midnight; on Sunday 2024-04-07 00:00 (-03) becomes Saturday
  // 23:00 (-04), so Saturday's last hour happens twice.

  @Test
  void santiagoDayWithoutMidnightStartsWhenTheClocksJump() {
    BusinessHours hours = BusinessHours.builder(SANTIAGO).allDay(SUNDAY).build();

    assertThat(hours.nextOpening(t("2024-09-07T12:00-04:00"))).contains(t("2024-09-08T01:00-03:00"));
    assertThat(hours.isOpen(t("2024-09-08T01:00-03:00").minusNanos(1))).isFalse();
    assertThat(hours.businessTimeBetween(t("2024-09-07T00:00-04:00"), t("2024-09-10T00:00-03:00")))
        .isEqualTo(Duration.ofHours(23));
  }

  @Test
  void santiagoEndOfDayBeforeAMissingMidnightIsWhenTheClocksJump() {
    BusinessHours hours = BusinessHours.builder(SANTIAGO)
        .interval(SATURDAY, OpeningInterval.untilEndOfDay(LocalTime.of(22, 0)))
        .build();

    assertThat(hours.nextClosing(t("2024-09-07T23:00-04:00"))).contains(t("2024-09-08T01:00-03:00"));
    assertThat(hours.businessTimeBetween(t("2024-09-07T00:00-04:00"), t("2024-09-09T00:00-03:00")))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void santiagoRepeatedLastHourBelongsToSaturday() {
    BusinessHours saturdayNight = BusinessHours.builder(SANTIAGO)
        .interval(SATURDAY, OpeningInterval.untilEndOfDay(LocalTime.of(23, 0)))
        .build();
    BusinessHours sundayFirstHour = sundays(SANTIAGO, "00:00", "01:00");

    assertThat(saturdayNight.isOpen(t("2024-04-06T23:30-03:00"))).isTrue();
    assertThat(saturdayNight.isOpen(t("2024-04-06T23:30-04:00"))).isTrue();
    assertThat(saturdayNight.nextClosing(t("2024-04-06T23:30-03:00"))).contains(t("2024-04-07T00:00-04:00"));
    assertThat(saturdayNight.businessTimeBetween(t("2024-04-06T00:00-03:00"), t("2024-04-08T00:00-04:00")))
        .isEqualTo(Duration.ofHours(2));
    assertThat(sundayFirstHour.isOpen(t("2024-04-06T23:30-04:00"))).isFalse();
    assertThat(sundayFirstHour.nextOpening(t("2024-04-06T23:30-03:00"))).contains(t("2024-04-07T00:00-04:00"));
    assertThat(BusinessHours.builder(SANTIAGO).allDay(SATURDAY).build()
        .businessTimeBetween(t("2024-04-01T00:00-03:00"), t("2024-04-08T00:00-04:00")))
        .isEqualTo(Duration.ofHours(25));
  }

  // ---- America/St_Johns until 2010: clocks went back across midnight. At 00:01 NDT on Sunday
  // 2010-11-07 they showed 23:01 NST on Saturday again, so Sunday's midnight came before the last
  // hour of Saturday's wall time did, the second time round. That hour belongs to Sunday: Sunday
  // began when the wall clock first reached its midnight.

  @Test
  void stJohnsClockSetBackAcrossMidnightEndsSaturdayAtTheFirstMidnight() {
    BusinessHours hours = BusinessHours.builder(ST_JOHNS).allDay(SATURDAY).build();

    assertThat(hours.isOpen(t("2010-11-06T23:30-02:30"))).isTrue();
    assertThat(hours.isOpen(t("2010-11-06T23:30-03:30"))).isFalse();
    assertThat(hours.nextClosing(t("2010-11-06T12:00-02:30"))).contains(t("2010-11-07T00:00-02:30"));
    assertThat(hours.businessTimeBetween(t("2010-11-01T00:00-02:30"), t("2010-11-08T00:00-03:30")))
        .isEqualTo(Duration.ofHours(24));
  }

  @Test
  void stJohnsClockSetBackAcrossMidnightGivesTheRepeatedHourToSunday() {
    BusinessHours hours = BusinessHours.builder(ST_JOHNS).allDay(SUNDAY).build();

    assertThat(hours.nextOpening(t("2010-11-06T12:00-02:30"))).contains(t("2010-11-07T00:00-02:30"));
    assertThat(hours.isOpen(t("2010-11-06T23:30-03:30"))).isTrue();
    assertThat(hours.businessTimeBetween(t("2010-11-01T00:00-02:30"), t("2010-11-08T00:00-03:30")))
        .isEqualTo(Duration.ofHours(25));
  }

  /** Open on Sundays only, from {@code open} to {@code close}. */
  private static BusinessHours sundays(ZoneId zone, String open, String close) {
    return BusinessHours.builder(zone).interval(SUNDAY, LocalTime.parse(open), LocalTime.parse(close)).build();
  }

  private static BusinessHours weekdaysNineToFive(ZoneId zone) {
    return BusinessHours.builder(zone).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
  }

  private static Instant t(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }
}
