package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.JsonValues.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.konversio.core.event.DomainEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes domain events as JSON for the outbox and reads them back equal: {@code {"type": "LabelAdded", "event":
 * {...}}}, the event written by its record components (see {@link RecordJson}). The discriminator is the event
 * record's simple name among the subtypes {@link DomainEvent} permits, so new event types need no change here.
 */
final class EventJson {
  private static final Map<String, Class<?>> TYPES = new HashMap<>();

  static {
    for (Class<?> type : DomainEvent.class.getPermittedSubclasses()) {
      TYPES.put(type.getSimpleName(), type);
    }
  }

  private EventJson() {
  }

  static String write(DomainEvent event) {
    Class<?> type = event.getClass();
    if (!type.isRecord() || TYPES.get(type.getSimpleName()) != type) {
      throw new IllegalArgumentException("cannot store event type " + type.getName());
    }
    ObjectNode node = NODES.objectNode().put("type", type.getSimpleName());
    node.set("event", RecordJson.write(event, type));
    return JsonValues.write(node);
  }

  static DomainEvent read(String json) {
    JsonNode node = JsonValues.read(json);
    String name = node.path("type").asText();
    Class<?> type = TYPES.get(name);
    if (type == null) {
      throw new IllegalStateException("unknown event type in the outbox: " + name);
    }
    return (DomainEvent) RecordJson.read(node.path("event"), type);
  }
}
