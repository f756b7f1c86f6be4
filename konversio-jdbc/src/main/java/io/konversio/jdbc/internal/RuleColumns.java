package io.konversio.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.konversio.rules.AutomationRule;
import io.konversio.rules.RuleJson;
import io.konversio.rules.RuleId;

/**
 * Splits an automation rule into the JSON text of its conditions and of its actions, in konversio-rules'
 * {@link RuleJson} form, and joins them back with the other columns. Numbers keep their scale ({@code 1.50} stays
 * {@code 1.50}). Thread-safe.
 */
final class RuleColumns {
  private static final RuleJson RULES = RuleJson.create();
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  /** The JSON text of a rule's condition tree and of its actions. */
  record Json(String conditions, String actions) {
  }

  private RuleColumns() {
  }

  static Json json(AutomationRule rule) {
    JsonNode written = tree(RULES.write(rule));
    return new Json(text(written.get("conditions")), text(written.get("actions")));
  }

  /** The rule of a row: the JSON parts read by {@link RuleJson}, the rest from the columns. */
  static AutomationRule rule(long id, long accountId, String name, String description, String event,
      String conditions, String actions, boolean enabled, int position) {
    String document = "{\"name\":" + quoted(name) + ",\"event_name\":" + quoted(event)
        + ",\"conditions\":" + conditions + ",\"actions\":" + actions + "}";
    return RULES.read(document).toBuilder().id(RuleId.of(id)).accountId(accountId).description(description)
        .enabled(enabled).position(position).build();
  }

  private static JsonNode tree(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("RuleJson wrote text that is not JSON", e);
    }
  }

  private static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static String quoted(String value) {
    return text(MAPPER.getNodeFactory().textNode(value));
  }
}
