package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.JsonValues.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.konversio.core.Actor;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.event.AssigneeChanged;
import io.konversio.core.event.Change;
import io.konversio.core.event.ConversationCreated;
import io.konversio.core.event.ConversationStatusChanged;
import io.konversio.core.event.ConversationUpdated;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.event.LabelAdded;
import io.konversio.core.event.LabelRemoved;
import io.konversio.core.event.MessageCreated;
import io.konversio.core.event.NotificationCreated;
import io.konversio.core.event.TeamChanged;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Writes domain events as JSON for the outbox and reads them back equal. The discriminator {@code type} is the
 * event's {@link DomainEvent#name()}; values inside changes keep their Java types (see {@link JsonValues#typed}).
 */
final class EventJson {
  private EventJson() {
  }

  static String write(DomainEvent event) {
    ObjectNode node = NODES.objectNode()
        .put("type", event.name())
        .put("id", event.id().toString());
    node.set("actor", DomainJson.actor(event.actor()));
    node.put("occurredAt", event.occurredAt().toString());
    node.set("conversation", DomainJson.conversation(event.conversation()));
    if (event instanceof ConversationUpdated e) {
      ObjectNode changes = NODES.objectNode();
      e.changes().forEach((name, change) -> {
        ObjectNode c = NODES.objectNode();
        change.from().ifPresent(v -> c.set("from", JsonValues.typed(v)));
        change.to().ifPresent(v -> c.set("to", JsonValues.typed(v)));
        changes.set(name, c);
      });
      node.set("changes", changes);
    } else if (event instanceof ConversationStatusChanged e) {
      putCode(node, "from", e.from());
      putCode(node, "to", e.to());
    } else if (event instanceof AssigneeChanged e) {
      putId(node, "from", e.from().map(AgentId::value));
      putId(node, "to", e.to().map(AgentId::value));
    } else if (event instanceof TeamChanged e) {
      putId(node, "from", e.from().map(TeamId::value));
      putId(node, "to", e.to().map(TeamId::value));
    } else if (event instanceof LabelAdded e) {
      node.put("label", e.label());
    } else if (event instanceof LabelRemoved e) {
      node.put("label", e.label());
    } else if (event instanceof MessageCreated e) {
      if (e.message() != null) {
        node.set("message", DomainJson.message(e.message()));
      }
    } else if (event instanceof NotificationCreated e) {
      if (e.notification() != null) {
        node.set("notification", DomainJson.notification(e.notification()));
      }
    }
    return JsonValues.write(node);
  }

  private static void putCode(ObjectNode node, String field, @Nullable ConversationStatus status) {
    if (status != null) {
      node.put(field, status.code());
    }
  }

  private static void putId(ObjectNode node, String field, @Nullable Optional<Long> id) {
    if (id != null) {
      id.ifPresent(v -> node.put(field, v));
    }
  }

  static DomainEvent read(String json) {
    JsonNode n = JsonValues.read(json);
    String type = n.path("type").asText();
    UUID id = UUID.fromString(n.path("id").asText());
    Actor actor = DomainJson.actor(n.path("actor"));
    Instant at = DomainJson.requiredInstant(n, "occurredAt");
    Conversation c = DomainJson.conversation(n.path("conversation"));
    return switch (type) {
      case "conversation_created" -> new ConversationCreated(id, actor, at, c);
      case "conversation_updated" -> new ConversationUpdated(id, actor, at, c, changes(n.path("changes")));
      case "conversation_status_changed" -> new ConversationStatusChanged(id, actor, at, c,
          status(n, "from"), status(n, "to"));
      case "assignee_changed" -> new AssigneeChanged(id, actor, at, c, optionalId(n, "from").map(AgentId::of),
          optionalId(n, "to").map(AgentId::of));
      case "team_changed" -> new TeamChanged(id, actor, at, c, optionalId(n, "from").map(TeamId::of),
          optionalId(n, "to").map(TeamId::of));
      case "label_added" -> new LabelAdded(id, actor, at, c, text(n, "label"));
      case "label_removed" -> new LabelRemoved(id, actor, at, c, text(n, "label"));
      case "message_created" -> new MessageCreated(id, actor, at, c,
          n.has("message") ? DomainJson.message(n.get("message")) : null);
      case "notification_created" -> new NotificationCreated(id, actor, at, c,
          n.has("notification") ? DomainJson.notification(n.get("notification")) : null);
      default -> throw new IllegalStateException("unknown event type in the outbox: " + type);
    };
  }

  private static Map<String, Change> changes(JsonNode node) {
    Map<String, Change> changes = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      JsonNode c = e.getValue();
      changes.put(e.getKey(), new Change(
          c.has("from") ? Optional.of(JsonValues.untyped(c.get("from"))) : Optional.empty(),
          c.has("to") ? Optional.of(JsonValues.untyped(c.get("to"))) : Optional.empty()));
    }
    return changes;
  }

  private static @Nullable ConversationStatus status(JsonNode n, String field) {
    return n.has(field) ? ConversationStatus.ofCode(n.get(field).asText()) : null;
  }

  private static Optional<Long> optionalId(JsonNode n, String field) {
    return n.has(field) ? Optional.of(n.get(field).asLong()) : Optional.empty();
  }

  private static @Nullable String text(JsonNode n, String field) {
    return n.has(field) && !n.get(field).isNull() ? n.get(field).asText() : null;
  }
}
