package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.JsonValues.NODES;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.Message;
import io.konversio.core.event.DomainEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes domain events as JSON for the outbox and reads them back equal: an array of {@code {"type": "LabelAdded",
 * "event": {...}}}, each event written by its record components (see {@link RecordJson}), a conversation that an
 * earlier event of the array carried as the same object written as {@code {"$ref": n}}, and another version of a
 * conversation written before as its changes from that one ({@code {"$base": n, ...}}), a message whose row the same
 * transaction inserted as a reference to that row ({@code {"$row": id}}); a single such object (an
 * outbox row written before V4) reads back as one event. The discriminator is the event
 * record's simple name among the subtypes {@link DomainEvent} permits, so new event types need no change here.
 */
final class EventJson {
  private static final Map<String, Class<?>> TYPES = new HashMap<>();

  static {
    for (Class<?> type : DomainEvent.class.getPermittedSubclasses()) {
      TYPES.put(type.getSimpleName(), type);
    }
  }

  private static final JsonFactory FACTORY = JsonValues.MAPPER.getFactory();
  /**
   * Written once per array and referred to after that ({@code {"$ref": n}}) when the same object recurs: the
   * events of one message (message created, conversation updated, notifications) carry the same conversation,
   * about half of each event's JSON.
   */
  private static final Set<Class<?>> SHARED = Set.of(Conversation.class);

  private EventJson() {
  }

  /** The events as a JSON array, in order, streamed (no tree). */
  static String writeAll(List<DomainEvent> events) {
    return writeAll(events, Map.of());
  }

  /**
   * As {@link #writeAll(List)}, writing each message that {@code storedMessages} holds (by identity, with its id) as
   * {@code {"$row": id}}: a message row inserted in the same transaction as the outbox row, which messages never
   * change after, so the content is stored once. {@link #readAll(String, Function)} reads those rows back.
   */
  static String writeAll(List<DomainEvent> events, Map<Object, Long> storedMessages) {
    // UTF-8 bytes in Jackson's segmented buffer, then one String: joining char segments into a String (what a
    // Writer-based generator needs) copies char by char and took a third of the time on large arrays
    try (ByteArrayBuilder out = new ByteArrayBuilder(FACTORY._getBufferRecycler())) {
      try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
        g.writeStartArray();
        RecordJson.Writes writes = new RecordJson.Writes(SHARED, Message.class, storedMessages);
        for (DomainEvent event : events) {
          stream(g, event, writes);
        }
        g.writeEndArray();
      }
      return new String(out.toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static void stream(JsonGenerator g, DomainEvent event, RecordJson.Writes writes) throws IOException {
    Class<?> type = event.getClass();
    if (!type.isRecord() || TYPES.get(type.getSimpleName()) != type) {
      throw new IllegalArgumentException("cannot store event type " + type.getName());
    }
    g.writeStartObject();
    g.writeStringField("type", type.getSimpleName());
    g.writeFieldName("event");
    RecordJson.stream(g, event, type, writes);
    g.writeEndObject();
  }

  /** The events of {@link #writeAll(List)}, or the one event of an outbox row written before V4. */
  static List<DomainEvent> readAll(String json) {
    return readAll(json, ids -> Map.of());
  }

  /**
   * The events of {@link #writeAll(List, Map)}: {@code messages} gives the message rows that its {@code $row}
   * references name, by id (called once, and only when there are such references).
   */
  static List<DomainEvent> readAll(String json, Function<Set<Long>, Map<Long, Message>> messages) {
    JsonNode node = JsonValues.read(json);
    if (!node.isArray()) {
      return List.of(event(node));
    }
    List<DomainEvent> events = new ArrayList<>(node.size());
    Set<Long> rows = new HashSet<>();
    RecordJson.collectRows(node, rows);
    RecordJson.Reads reads = new RecordJson.Reads(SHARED, rows.isEmpty() ? Map.of() : messages.apply(rows));
    node.forEach(n -> events.add(event(n, reads)));
    return events;
  }

  private static DomainEvent event(JsonNode node) {
    return event(node, null);
  }

  private static DomainEvent event(JsonNode node, RecordJson.@Nullable Reads reads) {
    String name = node.path("type").asText();
    Class<?> type = TYPES.get(name);
    if (type == null) {
      throw new IllegalStateException("unknown event type in the outbox: " + name);
    }
    return (DomainEvent) RecordJson.read(node.path("event"), type, reads);
  }
}
