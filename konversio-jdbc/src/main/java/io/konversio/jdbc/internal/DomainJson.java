package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.JsonValues.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.konversio.core.Actor;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.contact.ContactId;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessageId;
import io.konversio.core.conversation.MessageType;
import io.konversio.core.conversation.Priority;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.notification.Notification;
import io.konversio.core.notification.NotificationId;
import io.konversio.core.notification.NotificationType;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;

/** JSON for the domain values that events carry: actors, conversations, messages and notifications. */
final class DomainJson {
  private DomainJson() {
  }

  static ObjectNode actor(Actor actor) {
    return NODES.objectNode().put("kind", actor.kind().code()).put("id", actor.id());
  }

  static Actor actor(JsonNode node) {
    return new Actor(Actor.Kind.ofCode(node.path("kind").asText()), node.path("id").asLong());
  }

  static void putInstant(ObjectNode node, String field, Optional<Instant> value) {
    value.ifPresent(v -> node.put(field, v.toString()));
  }

  static Optional<Instant> instant(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(Instant.parse(value.asText()));
  }

  static Instant requiredInstant(JsonNode node, String field) {
    return instant(node, field).orElseThrow(() -> new IllegalStateException("stored JSON lacks " + field));
  }

  static ObjectNode conversation(Conversation c) {
    ObjectNode node = NODES.objectNode()
        .put("id", c.id().value())
        .put("accountId", c.accountId().value())
        .put("displayId", c.displayId())
        .put("inboxId", c.inboxId().value())
        .put("contactId", c.contactId().value())
        .put("status", c.status().code())
        .put("priority", c.priority().code());
    c.assigneeId().ifPresent(a -> node.put("assigneeId", a.value()));
    c.teamId().ifPresent(t -> node.put("teamId", t.value()));
    node.set("labels", JsonValues.stringArray(c.labels()));
    node.set("customAttributes", JsonValues.typedMapNode(c.customAttributes()));
    node.set("additionalAttributes", JsonValues.stringMapNode(c.additionalAttributes()));
    node.set("participants", JsonValues.idArray(c.participants(), AgentId::value));
    putInstant(node, "snoozedUntil", c.snoozedUntil());
    node.put("createdAt", c.createdAt().toString());
    node.put("lastActivityAt", c.lastActivityAt().toString());
    putInstant(node, "firstReplyAt", c.firstReplyAt());
    putInstant(node, "waitingSince", c.waitingSince());
    node.put("version", c.version());
    return node;
  }

  static Conversation conversation(JsonNode n) {
    return new Conversation(
        ConversationId.of(n.path("id").asLong()),
        AccountId.of(n.path("accountId").asLong()),
        n.path("displayId").asLong(),
        InboxId.of(n.path("inboxId").asLong()),
        ContactId.of(n.path("contactId").asLong()),
        ConversationStatus.ofCode(n.path("status").asText()),
        Priority.ofCode(n.path("priority").asText()),
        n.has("assigneeId") ? Optional.of(AgentId.of(n.get("assigneeId").asLong())) : Optional.empty(),
        n.has("teamId") ? Optional.of(TeamId.of(n.get("teamId").asLong())) : Optional.empty(),
        new LinkedHashSet<>(JsonValues.strings(n.path("labels"))),
        JsonValues.typedMap(n.path("customAttributes")),
        JsonValues.stringMap(n.path("additionalAttributes")),
        new LinkedHashSet<>(JsonValues.ids(n.path("participants"), AgentId::of)),
        instant(n, "snoozedUntil"),
        requiredInstant(n, "createdAt"),
        requiredInstant(n, "lastActivityAt"),
        instant(n, "firstReplyAt"),
        instant(n, "waitingSince"),
        n.path("version").asLong());
  }

  static ObjectNode message(Message m) {
    ObjectNode node = NODES.objectNode()
        .put("id", m.id().value())
        .put("accountId", m.accountId().value())
        .put("conversationId", m.conversationId().value())
        .put("type", m.type().code())
        .put("privateNote", m.privateNote());
    node.set("sender", actor(m.sender()));
    node.put("content", m.content());
    node.set("attributes", JsonValues.stringMapNode(m.attributes()));
    node.put("createdAt", m.createdAt().toString());
    return node;
  }

  static Message message(JsonNode n) {
    return new Message(MessageId.of(n.path("id").asLong()), AccountId.of(n.path("accountId").asLong()),
        ConversationId.of(n.path("conversationId").asLong()), MessageType.ofCode(n.path("type").asText()),
        n.path("privateNote").asBoolean(), actor(n.path("sender")), n.path("content").asText(),
        JsonValues.stringMap(n.path("attributes")), requiredInstant(n, "createdAt"));
  }

  static ObjectNode notification(Notification x) {
    ObjectNode node = NODES.objectNode()
        .put("id", x.id().value())
        .put("accountId", x.accountId().value())
        .put("agentId", x.agentId().value())
        .put("type", x.type().code())
        .put("conversationId", x.conversationId().value());
    x.messageId().ifPresent(m -> node.put("messageId", m.value()));
    node.set("causedBy", actor(x.causedBy()));
    node.put("dedupKey", x.dedupKey());
    node.put("createdAt", x.createdAt().toString());
    putInstant(node, "readAt", x.readAt());
    return node;
  }

  static Notification notification(JsonNode n) {
    return new Notification(NotificationId.of(n.path("id").asLong()), AccountId.of(n.path("accountId").asLong()),
        AgentId.of(n.path("agentId").asLong()), NotificationType.ofCode(n.path("type").asText()),
        ConversationId.of(n.path("conversationId").asLong()),
        n.has("messageId") ? Optional.of(MessageId.of(n.get("messageId").asLong())) : Optional.empty(),
        actor(n.path("causedBy")), n.path("dedupKey").asText(), requiredInstant(n, "createdAt"),
        instant(n, "readAt"));
  }
}
