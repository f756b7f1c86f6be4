package io.konversio.core.businesshours;

import static io.konversio.core.businesshours.BusinessHoursCases.cases;
import static io.konversio.core.businesshours.BusinessHoursCases.zonesAndInstants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules that hold for all business hours and instants; see {@link BusinessHoursCases} for what
 * is generated. A failure prints the case and the seed that reproduces it.
 */
class BusinessHoursPropertiesTest {

  private static final int EXAMPLES = 200;
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Test
  void businessTimeIsAdditive() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      BusinessHours hours = c.hours();

      assertThat(hours.businessTimeBetween(c.a(), c.c()))
          .isEqualTo(hours.businessTimeBetween(c.a(), c.b()).plus(hours.businessTimeBetween(c.b(), c.c())));
    });
  }

  @Test
  void businessTimeIsAtMostTheElapsedTimeAndZeroWhenReversed() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      BusinessHours hours = c.hours();

      assertThat(hours.businessTimeBetween(c.a(), c.c()))
          .isBetween(Duration.ZERO, Duration.between(c.a(), c.c()));
      assertThat(hours.businessTimeBetween(c.c(), c.a())).isZero();
    });
  }

  @Test
  void alwaysOpenCountsAllElapsedTime() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      BusinessHours hours = BusinessHours.alwaysOpen(c.hours().zone());

      assertThat(hours.businessTimeBetween(c.a(), c.c())).isEqualTo(Duration.between(c.a(), c.c()));
    });
  }

  @Test
  void alwaysOpenIsOpenAtEveryInstantAndNeverCloses() {
    qt().withExamples(EXAMPLES).forAll(zonesAndInstants()).checkAssert(zoneAndInstant -> {
      BusinessHours hours = BusinessHours.alwaysOpen(zoneAndInstant._1);
      Instant instant = zoneAndInstant._2;

      assertThat(hours.isOpen(instant)).isTrue();
      assertThat(hours.nextOpening(instant)).contains(instant);
      assertThat(hours.nextClosing(instant)).isEmpty();
    });
  }

  @Test
  void nextOpeningIsOpenAndNoBusinessTimeComesBeforeIt() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      BusinessHours hours = c.hours();
      Optional<Instant> opening = hours.nextOpening(c.a());

      assertThat(opening.isPresent()).as("opens at all").isEqualTo(!hours.schedule().isEmpty());
      opening.ifPresent(instant -> {
        assertThat(instant).isAfterOrEqualTo(c.a());
        assertThat(hours.isOpen(instant)).as("open at %s", instant).isTrue();
        assertThat(hours.businessTimeBetween(c.a(), instant)).isZero();
      });
    });
  }

  @Test
  void nextClosingIsClosedAndAllTimeBeforeItIsBusinessTime() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      BusinessHours hours = c.hours();
      // From a, often closed, and from the next opening, always open.
      for (Instant from : List.of(c.a(), hours.nextOpening(c.a()).orElse(c.a()))) {
        hours.nextClosing(from).ifPresent(instant -> {
          assertThat(instant).isAfterOrEqualTo(from);
          assertThat(hours.isOpen(instant)).as("open at %s", instant).isFalse();
          assertThat(hours.businessTimeBetween(from, instant)).isEqualTo(Duration.between(from, instant));
        });
      }
    });
  }

  @Test
  void anOpenInstantIsItsOwnNextOpeningAndAClosedOneItsOwnNextClosing() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      BusinessHours hours = c.hours();

      for (Instant t : List.of(c.a(), c.b(), hours.nextOpening(c.a()).orElse(c.a()))) {
        if (hours.isOpen(t)) {
          assertThat(hours.nextOpening(t)).contains(t);
          hours.nextClosing(t).ifPresent(closing -> assertThat(closing).isAfter(t));
        } else {
          assertThat(hours.nextClosing(t)).contains(t);
          hours.nextOpening(t).ifPresent(opening -> assertThat(opening).isAfter(t));
        }
      }
    });
  }

  @Test
  void businessTimeIsTheSumOfTheOpenStretchesBetweenOpeningsAndClosings() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      BusinessHours hours = c.hours();

      assertThat(sumOfOpenStretches(hours, c.a(), c.c())).isEqualTo(hours.businessTimeBetween(c.a(), c.c()));
    });
  }

  @Test
  void isOpenFollowsTheWallClockWhereLocalTimeIsUnambiguous() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      for (Instant t : new Instant[] {c.a(), c.b(), c.c()}) {
        ZoneId zone = c.hours().zone();
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        if (zone.getRules().getValidOffsets(local).size() == 1) {
          assertThat(c.hours().isOpen(t)).as("open at %s (%s)", t, local).isEqualTo(openOnTheWallClock(c.hours(), local));
        }
      }
    });
  }

  @Test
  void openOrClosedThroughoutEachMinute() {
    // Every boundary is a whole minute since the epoch, so within one nothing changes.
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      BusinessHours hours = c.hours();
      Instant start = c.b().truncatedTo(ChronoUnit.MINUTES);
      Instant end = start.plus(MINUTE);
      boolean open = hours.isOpen(start);

      assertThat(hours.isOpen(c.b())).isEqualTo(open);
      assertThat(hours.isOpen(end.minusNanos(1))).isEqualTo(open);
      assertThat(hours.businessTimeBetween(start, end)).isEqualTo(open ? MINUTE : Duration.ZERO);
    });
  }

  @Test
  void aHolidayNeverAddsBusinessTime() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      BusinessHours hours = c.hours();
      BusinessHours moreHolidays = hours.toBuilder()
          .holiday(LocalDateTime.ofInstant(c.b(), hours.zone()).toLocalDate())
          .build();

      assertThat(moreHolidays.businessTimeBetween(c.a(), c.c()))
          .isLessThanOrEqualTo(hours.businessTimeBetween(c.a(), c.c()));
      assertThat(moreHolidays.isOpen(c.b()) && !hours.isOpen(c.b())).isFalse();
    });
  }

  @Test
  void toBuilderGivesEqualHoursThatAnswerAlike() {
    qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
      BusinessHours copy = c.hours().toBuilder().build();

      assertThat(copy).isEqualTo(c.hours()).hasSameHashCodeAs(c.hours());
      assertThat(copy.businessTimeBetween(c.a(), c.c())).isEqualTo(c.hours().businessTimeBetween(c.a(), c.c()));
    });
  }

  /** Walks from opening to closing with nextOpening and nextClosing, adding up what lies before {@code end}. */
  private static Duration sumOfOpenStretches(BusinessHours hours, Instant start, Instant end) {
    Duration sum = Duration.ZERO;
    Instant cursor = start;
    while (cursor.isBefore(end)) {
      Optional<Instant> opening = hours.nextOpening(cursor);
      if (opening.isEmpty() || !opening.get().isBefore(end)) {
        break;
      }
      Instant closing = hours.nextClosing(opening.get()).orElse(end);
      assertThat(closing).isAfter(opening.get());
      Instant stop = closing.isBefore(end) ? closing : end;
      sum = sum.plus(Duration.between(opening.get(), stop));
      cursor = stop;
    }
    return sum;
  }

  /** Open by reading the schedule off a wall clock showing {@code local}: the oracle. */
  private static boolean openOnTheWallClock(BusinessHours hours, LocalDateTime local) {
    return !hours.holidays().contains(local.toLocalDate())
        && hours.intervals(local.getDayOfWeek()).stream().anyMatch(i -> i.contains(local.toLocalTime()));
  }
}
