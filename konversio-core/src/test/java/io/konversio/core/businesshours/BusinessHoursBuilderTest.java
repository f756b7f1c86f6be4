package io.konversio.core.businesshours;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessHoursBuilderTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime NOON = LocalTime.of(12, 0);
  private static final LocalTime ONE = LocalTime.of(13, 0);
  private static final LocalTime FIVE = LocalTime.of(17, 0);
  private static final LocalDate CHRISTMAS = LocalDate.of(2024, 12, 25);

  @Test
  void buildsZoneScheduleAndHolidays() {
    BusinessHours hours = BusinessHours.builder(BERLIN)
        .weekdays(NINE, NOON)
        .weekdays(ONE, FIVE)
        .interval(SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0))
        .holiday(CHRISTMAS)
        .build();

    assertThat(hours.zone()).isEqualTo(BERLIN);
    assertThat(hours.intervals(MONDAY))
        .containsExactly(OpeningInterval.of(NINE, NOON), OpeningInterval.of(ONE, FIVE));
    assertThat(hours.intervals(FRIDAY)).isEqualTo(hours.intervals(MONDAY));
    assertThat(hours.intervals(SATURDAY)).containsExactly(OpeningInterval.of(LocalTime.of(10, 0), LocalTime.of(14, 0)));
    assertThat(hours.intervals(SUNDAY)).isEmpty();
    assertThat(hours.schedule().keySet()).containsExactly(
        MONDAY, DayOfWeek.TUESDAY, WEDNESDAY, DayOfWeek.THURSDAY, FRIDAY, SATURDAY);
    assertThat(hours.holidays()).containsExactly(CHRISTMAS);
  }

  @Test
  void sortsIntervalsByOpeningTime() {
    BusinessHours hours = BusinessHours.builder(BERLIN)
        .interval(MONDAY, ONE, FIVE)
        .interval(MONDAY, LocalTime.of(6, 0), LocalTime.of(7, 0))
        .interval(MONDAY, NINE, NOON)
        .build();

    assertThat(hours.intervals(MONDAY)).extracting(OpeningInterval::open)
        .containsExactly(LocalTime.of(6, 0), NINE, ONE);
  }

  @Test
  void rejectsOpenNotBeforeClose() {
    BusinessHours.Builder builder = BusinessHours.builder(BERLIN);

    assertThatThrownBy(() -> builder.interval(MONDAY, FIVE, NINE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("open 17:00 must be before close 09:00");
    assertThatThrownBy(() -> builder.weekdays(NINE, NINE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("09:00");
  }

  @Test
  void rejectsOverlappingIntervalsOnTheSameDayNamingBoth() {
    BusinessHours.Builder builder = BusinessHours.builder(BERLIN).interval(MONDAY, NINE, NOON);

    assertThatThrownBy(() -> builder.interval(MONDAY, LocalTime.of(11, 0), ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interval 11:00-13:00 on MONDAY overlaps interval 09:00-12:00 already on that day");
    assertThatThrownBy(() -> builder.interval(MONDAY, NINE, NOON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlaps");
    assertThatThrownBy(() -> builder.allDay(MONDAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("00:00-24:00 on MONDAY");
    assertThat(builder.build().intervals(MONDAY)).containsExactly(OpeningInterval.of(NINE, NOON));
  }

  @Test
  void acceptsTouchingIntervalsAndTheSameIntervalOnOtherDays() {
    BusinessHours hours = BusinessHours.builder(BERLIN)
        .interval(MONDAY, NINE, NOON)
        .interval(MONDAY, NOON, ONE)
        .interval(WEDNESDAY, NINE, NOON)
        .build();

    assertThat(hours.intervals(MONDAY)).hasSize(2);
    assertThat(hours.intervals(WEDNESDAY)).hasSize(1);
  }

  @Test
  void weekdaysChangesNoDayWhenItOverlapsOnOne() {
    BusinessHours.Builder builder = BusinessHours.builder(BERLIN).interval(WEDNESDAY, NINE, NOON);

    assertThatThrownBy(() -> builder.weekdays(LocalTime.of(10, 0), FIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("on WEDNESDAY");

    BusinessHours hours = builder.build();
    assertThat(hours.intervals(MONDAY)).isEmpty();
    assertThat(hours.intervals(FRIDAY)).isEmpty();
    assertThat(hours.intervals(WEDNESDAY)).containsExactly(OpeningInterval.of(NINE, NOON));
  }

  @Test
  void rejectsNullArgumentsNamingThem() {
    BusinessHours.Builder builder = BusinessHours.builder(BERLIN);

    assertThatThrownBy(() -> BusinessHours.builder(nil()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("zone must not be null");
    assertThatThrownBy(() -> BusinessHours.alwaysOpen(nil()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("zone must not be null");
    assertThatThrownBy(() -> builder.zone(nil()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("zone must not be null");
    assertThatThrownBy(() -> builder.interval(nil(), NINE, NOON))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("day must not be null");
    assertThatThrownBy(() -> builder.interval(MONDAY, nil(), NOON))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("open must not be null");
    assertThatThrownBy(() -> builder.interval(MONDAY, NINE, nil()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("close must not be null");
    assertThatThrownBy(() -> builder.interval(MONDAY, (OpeningInterval) nil()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("interval must not be null");
    assertThatThrownBy(() -> builder.allDay(nil()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("day must not be null");
    assertThatThrownBy(() -> builder.closed(nil()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("day must not be null");
    assertThatThrownBy(() -> builder.holiday(nil()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("date must not be null");
    assertThatThrownBy(() -> builder.holidays(nil()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dates must not be null");
  }

  @Test
  void holidaysWithANullDateAddsNone() {
    BusinessHours.Builder builder = BusinessHours.builder(BERLIN);
    List<LocalDate> dates = Arrays.asList(CHRISTMAS, null);

    assertThatThrownBy(() -> builder.holidays(dates))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holiday in dates [2024-12-25, null] must not be null");
    assertThat(builder.build().holidays()).isEmpty();
  }

  @Test
  void queriesRejectNullInstants() {
    BusinessHours hours = BusinessHours.alwaysOpen(BERLIN);

    assertThatThrownBy(() -> hours.isOpen(nil()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("instant must not be null");
    assertThatThrownBy(() -> hours.nextOpening(nil()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("from must not be null");
    assertThatThrownBy(() -> hours.nextClosing(nil()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("from must not be null");
    assertThatThrownBy(() -> hours.businessTimeBetween(nil(), java.time.Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("start must not be null");
    assertThatThrownBy(() -> hours.businessTimeBetween(java.time.Instant.EPOCH, nil()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("end must not be null");
    assertThatThrownBy(() -> hours.intervals(nil()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("day must not be null");
  }

  @Test
  void allDayOpensFromMidnightToEndOfDay() {
    BusinessHours hours = BusinessHours.builder(BERLIN).allDay(SUNDAY).build();

    assertThat(hours.intervals(SUNDAY)).containsExactly(OpeningInterval.ALL_DAY);
  }

  @Test
  void closedRemovesEveryIntervalOfTheDay() {
    BusinessHours hours = BusinessHours.builder(BERLIN)
        .weekdays(NINE, NOON)
        .weekdays(ONE, FIVE)
        .closed(WEDNESDAY)
        .build();

    assertThat(hours.intervals(WEDNESDAY)).isEmpty();
    assertThat(hours.schedule()).doesNotContainKey(WEDNESDAY);
    assertThat(hours.intervals(MONDAY)).hasSize(2);
  }

  @Test
  void holidaysAreSortedDeduplicatedAndClearable() {
    BusinessHours.Builder builder = BusinessHours.builder(BERLIN)
        .holiday(CHRISTMAS)
        .holidays(List.of(LocalDate.of(2024, 1, 1), CHRISTMAS, LocalDate.of(2024, 5, 1)));

    assertThat(builder.build().holidays())
        .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 5, 1), CHRISTMAS);
    assertThat(builder.clearHolidays().build().holidays()).isEmpty();
  }

  @Test
  void alwaysOpenIsOpenAllDayEveryDay() {
    BusinessHours hours = BusinessHours.alwaysOpen(BERLIN);

    assertThat(hours.schedule()).hasSize(7)
        .allSatisfy((day, intervals) -> assertThat(intervals).containsExactly(OpeningInterval.ALL_DAY));
    assertThat(hours.holidays()).isEmpty();
  }

  @Test
  void toBuilderRoundTripsAndLeavesTheOriginalAlone() {
    BusinessHours original = BusinessHours.builder(BERLIN)
        .weekdays(NINE, FIVE)
        .holiday(CHRISTMAS)
        .build();

    assertThat(original.toBuilder().build()).isEqualTo(original).hasSameHashCodeAs(original);

    BusinessHours changed = original.toBuilder()
        .zone(ZoneOffset.UTC)
        .closed(MONDAY)
        .allDay(SUNDAY)
        .clearHolidays()
        .build();

    assertThat(changed.zone()).isEqualTo(ZoneOffset.UTC);
    assertThat(changed.intervals(MONDAY)).isEmpty();
    assertThat(changed.intervals(SUNDAY)).containsExactly(OpeningInterval.ALL_DAY);
    assertThat(changed.holidays()).isEmpty();
    assertThat(original.zone()).isEqualTo(BERLIN);
    assertThat(original.intervals(MONDAY)).containsExactly(OpeningInterval.of(NINE, FIVE));
    assertThat(original.intervals(SUNDAY)).isEmpty();
    assertThat(original.holidays()).containsExactly(CHRISTMAS);
  }

  @Test
  void builderStaysUsableAndEarlierBuildsDoNotChange() {
    BusinessHours.Builder builder = BusinessHours.builder(BERLIN).interval(MONDAY, NINE, NOON);
    BusinessHours first = builder.build();

    BusinessHours second = builder.interval(MONDAY, ONE, FIVE).holiday(CHRISTMAS).build();

    assertThat(first.intervals(MONDAY)).hasSize(1);
    assertThat(first.holidays()).isEmpty();
    assertThat(second.intervals(MONDAY)).hasSize(2);
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void accessorsAreUnmodifiable() {
    BusinessHours hours = BusinessHours.builder(BERLIN).weekdays(NINE, FIVE).holiday(CHRISTMAS).build();

    assertThatThrownBy(() -> hours.schedule().remove(MONDAY))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> hours.intervals(MONDAY).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> hours.intervals(SUNDAY).add(OpeningInterval.ALL_DAY))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> hours.holidays().add(LocalDate.of(2024, 1, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalityFollowsZoneScheduleAndHolidays() {
    BusinessHours hours = BusinessHours.builder(BERLIN).weekdays(NINE, FIVE).build();

    assertThat(hours)
        .isEqualTo(BusinessHours.builder(BERLIN).weekdays(NINE, FIVE).build())
        .isNotEqualTo(BusinessHours.builder(ZoneOffset.UTC).weekdays(NINE, FIVE).build())
        .isNotEqualTo(BusinessHours.builder(BERLIN).weekdays(NINE, NOON).build())
        .isNotEqualTo(BusinessHours.builder(BERLIN).weekdays(NINE, FIVE).holiday(CHRISTMAS).build());
  }

  @Test
  void printsZoneScheduleAndHolidays() {
    BusinessHours hours = BusinessHours.builder(BERLIN).interval(MONDAY, NINE, FIVE).holiday(CHRISTMAS).build();

    assertThat(hours).hasToString(
        "BusinessHours[zone=Europe/Berlin, schedule={MONDAY=[09:00-17:00]}, holidays=[2024-12-25]]");
  }

  /** A null that the compiler lets through, to check the runtime guards. */
  private static <T> T nil() {
    return null;
  }
}
