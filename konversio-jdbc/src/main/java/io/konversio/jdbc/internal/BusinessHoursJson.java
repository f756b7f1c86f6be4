package io.konversio.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.konversio.core.businesshours.BusinessHours;
import io.konversio.core.businesshours.OpeningInterval;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An inbox's business hours as JSON text:
 * {@code {"zone":"Europe/Berlin","days":{"MONDAY":["09:00-17:00"]},"holidays":["2026-12-25"]}}, where an interval
 * that lasts until the end of the day ends at {@code 24:00}.
 */
final class BusinessHoursJson {
  private static final String END_OF_DAY = "24:00";

  private BusinessHoursJson() {
  }

  static @Nullable String write(Optional<BusinessHours> value) {
    if (value.isEmpty()) {
      return null;
    }
    BusinessHours hours = value.get();
    ObjectNode root = JsonValues.MAPPER.createObjectNode();
    root.put("zone", hours.zone().getId());
    ObjectNode days = root.putObject("days");
    for (Map.Entry<DayOfWeek, List<OpeningInterval>> day : hours.schedule().entrySet()) {
      ArrayNode intervals = days.putArray(day.getKey().name());
      for (OpeningInterval interval : day.getValue()) {
        String close = interval.endsAtEndOfDay() ? END_OF_DAY : interval.close().toString();
        intervals.add(interval.open() + "-" + close);
      }
    }
    ArrayNode holidays = root.putArray("holidays");
    hours.holidays().forEach(d -> holidays.add(d.toString()));
    return root.toString();
  }

  static Optional<BusinessHours> read(@Nullable String json) {
    if (json == null) {
      return Optional.empty();
    }
    try {
      JsonNode root = JsonValues.MAPPER.readTree(json);
      BusinessHours.Builder b = BusinessHours.builder(ZoneId.of(root.get("zone").asText()));
      root.get("days").fields().forEachRemaining(day -> day.getValue().forEach(interval -> {
        String[] parts = interval.asText().split("-");
        LocalTime open = LocalTime.parse(parts[0]);
        OpeningInterval opening = parts[1].equals(END_OF_DAY) ? OpeningInterval.untilEndOfDay(open)
            : OpeningInterval.of(open, LocalTime.parse(parts[1]));
        b.interval(DayOfWeek.valueOf(day.getKey()), opening);
      }));
      root.get("holidays").forEach(d -> b.holiday(LocalDate.parse(d.asText())));
      return Optional.of(b.build());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable business hours: " + json, e);
    }
  }
}
