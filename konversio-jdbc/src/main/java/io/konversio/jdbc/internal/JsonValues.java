package io.konversio.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.contact.ContactId;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.MessageId;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.label.LabelId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * JSON text for values of open shape. Values whose Java type matters (custom attributes, the old and new values of
 * a change) are written with a type tag, {@code {"t":"decimal","v":"12.50"}}, so that they read back equal: a
 * {@link BigDecimal} keeps its scale, a {@link LocalDate} stays a date. Thread-safe.
 */
final class JsonValues {
  static final ObjectMapper MAPPER = JsonMapper.builder().build();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonValues() {
  }

  static String write(JsonNode node) {
    // most stored maps and lists are empty (labels, attributes, participants): no generator for those
    if (node.isEmpty() && node.isContainerNode()) {
      return node.isObject() ? "{}" : "[]";
    }
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static JsonNode read(String text) {
    // what write gives for empty containers, without a parser: a conversation row has four such columns
    if (text.equals("{}")) {
      return NODES.objectNode();
    } else if (text.equals("[]")) {
      return NODES.arrayNode();
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is malformed: " + abbreviate(text), e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }

  /** A value with its type tag. */
  static JsonNode typed(Object value) {
    ObjectNode node = NODES.objectNode();
    if (value instanceof String s) {
      return tag(node, "string").put("v", s);
    } else if (value instanceof Boolean b) {
      return tag(node, "boolean").put("v", b);
    } else if (value instanceof BigDecimal d) {
      return tag(node, "decimal").put("v", d.toString());
    } else if (value instanceof LocalDate d) {
      return tag(node, "date").put("v", d.toString());
    } else if (value instanceof Instant i) {
      return tag(node, "instant").put("v", i.toString());
    } else if (value instanceof Long l) {
      return tag(node, "long").put("v", l);
    } else if (value instanceof Integer i) {
      return tag(node, "int").put("v", i);
    } else if (value instanceof Double d) {
      return tag(node, "double").put("v", d);
    } else if (value instanceof AgentId id) {
      return tag(node, "agent").put("v", id.value());
    } else if (value instanceof TeamId id) {
      return tag(node, "team").put("v", id.value());
    } else if (value instanceof InboxId id) {
      return tag(node, "inbox").put("v", id.value());
    } else if (value instanceof ContactId id) {
      return tag(node, "contact").put("v", id.value());
    } else if (value instanceof LabelId id) {
      return tag(node, "label").put("v", id.value());
    } else if (value instanceof ConversationId id) {
      return tag(node, "conversation").put("v", id.value());
    } else if (value instanceof MessageId id) {
      return tag(node, "message").put("v", id.value());
    } else if (value instanceof Set<?> set) {
      tag(node, "set").set("v", typedArray(set));
      return node;
    } else if (value instanceof List<?> list) {
      tag(node, "list").set("v", typedArray(list));
      return node;
    } else if (value instanceof Map<?, ?> map) {
      ObjectNode entries = NODES.objectNode();
      map.forEach((k, v) -> entries.set(String.valueOf(k), typed(v)));
      tag(node, "map").set("v", entries);
      return node;
    } else if (value instanceof Optional<?> optional) {
      tag(node, "optional");
      optional.ifPresent(v -> node.set("v", typed(v)));
      return node;
    } else if (isOwnType(value.getClass()) && (value.getClass().isRecord() || value.getClass().isEnum())) {
      tag(node, "object").put("class", value.getClass().getName());
      node.set("v", RecordJson.write(value, value.getClass()));
      return node;
    }
    throw new IllegalArgumentException("cannot store a value of type " + value.getClass().getName() + ": " + value);
  }

  /** Konversio's own records and enums may be stored by class name; nothing else is loaded by name. */
  private static boolean isOwnType(Class<?> type) {
    return type.getName().startsWith("io.konversio.");
  }

  private static Object ownObject(JsonNode node) {
    String name = node.path("class").asText();
    try {
      Class<?> type = Class.forName(name, false, JsonValues.class.getClassLoader());
      if (!isOwnType(type)) {
        throw new IllegalStateException("refusing to load stored value of class " + name);
      }
      return Objects.requireNonNull(RecordJson.read(node.path("v"), type), name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("stored value of unknown class " + name, e);
    }
  }

  private static ObjectNode tag(ObjectNode node, String type) {
    return node.put("t", type);
  }

  private static ArrayNode typedArray(Collection<?> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(v -> array.add(typed(v)));
    return array;
  }

  /** Reads a value written by {@link #typed}. */
  static Object untyped(JsonNode node) {
    String type = node.path("t").asText();
    JsonNode v = node.path("v");
    return switch (type) {
      case "string" -> v.asText();
      case "boolean" -> v.asBoolean();
      case "decimal" -> new BigDecimal(v.asText());
      case "date" -> LocalDate.parse(v.asText());
      case "instant" -> Instant.parse(v.asText());
      case "long" -> v.asLong();
      case "int" -> v.asInt();
      case "double" -> v.asDouble();
      case "agent" -> AgentId.of(v.asLong());
      case "team" -> TeamId.of(v.asLong());
      case "inbox" -> InboxId.of(v.asLong());
      case "contact" -> ContactId.of(v.asLong());
      case "label" -> LabelId.of(v.asLong());
      case "conversation" -> ConversationId.of(v.asLong());
      case "message" -> MessageId.of(v.asLong());
      case "set" -> Collections.unmodifiableSet(new LinkedHashSet<>(untypedList(v)));
      case "list" -> List.copyOf(untypedList(v));
      case "map" -> Collections.unmodifiableMap(typedMap(v));
      case "optional" -> node.has("v") ? Optional.of(untyped(v)) : Optional.empty();
      case "object" -> ownObject(node);
      default -> throw new IllegalStateException("unknown stored value type '" + type + "' in " + node);
    };
  }

  private static List<Object> untypedList(JsonNode array) {
    List<Object> values = new ArrayList<>();
    array.forEach(e -> values.add(untyped(e)));
    return values;
  }

  /** A map whose values keep their types, as a JSON object of typed values. */
  static ObjectNode typedMapNode(Map<String, ?> map) {
    ObjectNode node = NODES.objectNode();
    map.forEach((k, v) -> node.set(k, typed(v)));
    return node;
  }

  static Map<String, Object> typedMap(JsonNode node) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      map.put(e.getKey(), untyped(e.getValue()));
    }
    return map;
  }

  static ObjectNode stringMapNode(Map<String, String> map) {
    ObjectNode node = NODES.objectNode();
    map.forEach(node::put);
    return node;
  }

  static Map<String, String> stringMap(JsonNode node) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      map.put(e.getKey(), e.getValue().asText());
    }
    return map;
  }

  static ArrayNode stringArray(Collection<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(e -> values.add(e.asText()));
    return values;
  }

  static <T> ArrayNode idArray(Collection<T> ids, Function<T, Long> value) {
    ArrayNode array = NODES.arrayNode();
    ids.forEach(id -> array.add(value.apply(id)));
    return array;
  }

  static <T> List<T> ids(JsonNode array, Function<Long, T> id) {
    List<T> values = new ArrayList<>();
    array.forEach(e -> values.add(id.apply(e.asLong())));
    return values;
  }
}
