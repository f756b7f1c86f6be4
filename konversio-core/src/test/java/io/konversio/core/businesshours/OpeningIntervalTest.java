package io.konversio.core.businesshours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class OpeningIntervalTest {

  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime NOON = LocalTime.of(12, 0);

  @Test
  void keepsOpenAndClose() {
    OpeningInterval interval = OpeningInterval.of(NINE, NOON);

    assertThat(interval.open()).isEqualTo(NINE);
    assertThat(interval.close()).isEqualTo(NOON);
    assertThat(interval.endsAtEndOfDay()).isFalse();
  }

  @Test
  void rejectsOpenEqualToClose() {
    assertThatThrownBy(() -> OpeningInterval.of(NINE, NINE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("open 09:00 must be before close 09:00");
  }

  @Test
  void rejectsOpenAfterClose() {
    assertThatThrownBy(() -> OpeningInterval.of(NOON, NINE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("open 12:00 must be before close 09:00");
  }

  @Test
  void rejectsMidnightAsCloseAndPointsToEndOfDay() {
    assertThatThrownBy(() -> OpeningInterval.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("close 00:00")
        .hasMessageContaining("LocalTime.MAX");
  }

  @Test
  void rejectsNullTimesNamingThem() {
    assertThatThrownBy(() -> new OpeningInterval(nullTime(), NOON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("open must not be null");
    assertThatThrownBy(() -> new OpeningInterval(NINE, nullTime()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("close must not be null");
    assertThatThrownBy(() -> OpeningInterval.untilEndOfDay(nullTime()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("open must not be null");
  }

  @Test
  void untilEndOfDayClosesAtMax() {
    OpeningInterval interval = OpeningInterval.untilEndOfDay(LocalTime.of(22, 0));

    assertThat(interval.close()).isEqualTo(LocalTime.MAX);
    assertThat(interval.endsAtEndOfDay()).isTrue();
    assertThat(interval).hasToString("22:00-24:00");
  }

  @Test
  void allDayRunsFromMidnightToEndOfDay() {
    assertThat(OpeningInterval.ALL_DAY).isEqualTo(OpeningInterval.of(LocalTime.MIDNIGHT, LocalTime.MAX));
    assertThat(OpeningInterval.ALL_DAY.contains(LocalTime.MIDNIGHT)).isTrue();
    assertThat(OpeningInterval.ALL_DAY.contains(LocalTime.MAX)).isTrue();
    assertThat(OpeningInterval.ALL_DAY).hasToString("00:00-24:00");
  }

  @Test
  void containsOpenButNotClose() {
    OpeningInterval interval = OpeningInterval.of(NINE, NOON);

    assertThat(interval.contains(NINE)).isTrue();
    assertThat(interval.contains(NOON.minusNanos(1))).isTrue();
    assertThat(interval.contains(NOON)).isFalse();
    assertThat(interval.contains(NINE.minusNanos(1))).isFalse();
  }

  @Test
  void overlapsSharedTimeButNotTouchingIntervals() {
    OpeningInterval morning = OpeningInterval.of(NINE, NOON);

    assertThat(morning.overlaps(OpeningInterval.of(LocalTime.of(11, 0), LocalTime.of(13, 0)))).isTrue();
    assertThat(morning.overlaps(OpeningInterval.of(LocalTime.of(10, 0), LocalTime.of(11, 0)))).isTrue();
    assertThat(morning.overlaps(OpeningInterval.ALL_DAY)).isTrue();
    assertThat(morning.overlaps(OpeningInterval.of(NOON, LocalTime.of(13, 0)))).isFalse();
    assertThat(morning.overlaps(OpeningInterval.of(LocalTime.of(7, 0), NINE))).isFalse();
    assertThat(OpeningInterval.untilEndOfDay(LocalTime.of(22, 0))
        .overlaps(OpeningInterval.untilEndOfDay(LocalTime.of(23, 0)))).isTrue();
  }

  @Test
  void printsOpenAndClose() {
    assertThat(OpeningInterval.of(NINE, LocalTime.of(17, 30))).hasToString("09:00-17:30");
  }

  /** A null that the compiler lets through, to check the runtime guard. */
  @SuppressWarnings("DataFlowIssue")
  private static LocalTime nullTime() {
    return null;
  }
}
