package io.konversio.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimesTest {

  @Test
  void isoWritesWhatInstantToStringWrites() {
    long min = Instant.parse("0900-01-01T00:00:00Z").getEpochSecond();
    long max = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
    // nanos drawn to hit each fraction width: none, milli, micro and nano
    qt().withExamples(20_000)
        .forAll(longs().between(min, max), integers().between(0, 999_999_999), integers().between(0, 3))
        .checkAssert((second, nano, width) -> {
          int n = width == 0 ? 0 : width == 1 ? nano / 1_000_000 * 1_000_000 : width == 2 ? nano / 1_000 * 1_000 : nano;
          Instant instant = Instant.ofEpochSecond(second, n);
          assertThat(Times.iso(instant)).isEqualTo(instant.toString());
        });
  }

  @Test
  void isoAtTheEdgesOfTheFastRange() {
    for (String text : new String[] {"1000-01-01T00:00:00Z", "0999-12-31T23:59:59.999999999Z",
        "9999-12-31T23:59:59.999Z", "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00.000001Z",
        "2026-02-28T23:59:59.100Z", "2024-02-29T12:00:00.120Z"}) {
      Instant instant = Instant.parse(text);
      assertThat(Times.iso(instant)).isEqualTo(instant.toString()).isEqualTo(text);
    }
  }
}
