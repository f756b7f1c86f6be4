package io.konversio.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Regression: the default clock gave nanosecond instants, which JDBC stores keep only to the microsecond, so a
 * created entity differed from the same entity read back.
 */
class DefaultClockTicksInMicrosecondsTest {

  @Test
  void theDefaultClockHasNoSubMicrosecondDigits() {
    Konversio konversio = Konversio.builder().build();
    for (int i = 0; i < 1000; i++) {
      Instant now = konversio.clock().instant();
      assertThat(now.getNano() % 1_000).isZero();
    }
  }
}
