package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.JsonValues.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Priority;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.search.AssigneeFilter;
import io.konversio.core.search.AttributeCondition;
import io.konversio.core.search.ConversationQuery;
import io.konversio.core.search.SortOrder;
import java.time.Instant;
import java.util.Optional;

/** Writes a {@link ConversationQuery} (a saved filter's query) as JSON and reads it back equal. */
final class QueryJson {
  private QueryJson() {
  }

  static String write(ConversationQuery q) {
    ObjectNode node = NODES.objectNode();
    ArrayNode statuses = node.putArray("statuses");
    q.statuses().stream().map(ConversationStatus::code).sorted().forEach(statuses::add);
    ObjectNode assignee = node.putObject("assignee").put("kind", q.assignee().kind().name());
    q.assignee().agent().ifPresent(a -> assignee.put("agent", a.value()));
    node.set("teams", JsonValues.idArray(q.teams(), TeamId::value));
    node.set("labelsAny", JsonValues.stringArray(q.labelsAny()));
    node.set("labelsAll", JsonValues.stringArray(q.labelsAll()));
    node.set("labelsNone", JsonValues.stringArray(q.labelsNone()));
    node.set("inboxes", JsonValues.idArray(q.inboxes(), InboxId::value));
    ArrayNode channels = node.putArray("channelTypes");
    q.channelTypes().forEach(c -> channels.add(c.code()));
    ArrayNode priorities = node.putArray("priorities");
    q.priorities().forEach(p -> priorities.add(p.code()));
    putInstant(node, "createdFrom", q.createdFrom());
    putInstant(node, "createdTo", q.createdTo());
    putInstant(node, "lastActivityFrom", q.lastActivityFrom());
    putInstant(node, "lastActivityTo", q.lastActivityTo());
    ArrayNode attributes = node.putArray("attributes");
    for (AttributeCondition a : q.attributes()) {
      ObjectNode c = attributes.addObject().put("key", a.key()).put("operator", a.operator().name());
      a.value().ifPresent(v -> c.set("value", JsonValues.typed(v)));
    }
    q.text().ifPresent(t -> node.put("text", t));
    node.put("sort", q.sort().name());
    node.put("page", q.page());
    node.put("pageSize", q.pageSize());
    return JsonValues.write(node);
  }

  private static void putInstant(ObjectNode node, String field, Optional<Instant> value) {
    value.ifPresent(v -> node.put(field, v.toString()));
  }

  private static Optional<Instant> instant(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(Instant.parse(value.asText()));
  }

  static ConversationQuery read(String json) {
    JsonNode n = JsonValues.read(json);
    ConversationQuery.Builder b = ConversationQuery.builder();
    n.path("statuses").forEach(s -> b.statuses(ConversationStatus.ofCode(s.asText())));
    JsonNode assignee = n.path("assignee");
    AssigneeFilter.Kind kind = AssigneeFilter.Kind.valueOf(assignee.path("kind").asText("ANY"));
    b.assignee(new AssigneeFilter(kind,
        assignee.has("agent") ? Optional.of(AgentId.of(assignee.get("agent").asLong())) : Optional.empty()));
    n.path("teams").forEach(t -> b.teams(TeamId.of(t.asLong())));
    n.path("labelsAny").forEach(l -> b.labelsAny(l.asText()));
    n.path("labelsAll").forEach(l -> b.labelsAll(l.asText()));
    n.path("labelsNone").forEach(l -> b.labelsNone(l.asText()));
    n.path("inboxes").forEach(i -> b.inboxes(InboxId.of(i.asLong())));
    n.path("channelTypes").forEach(c -> b.channelTypes(ChannelType.ofCode(c.asText())));
    n.path("priorities").forEach(p -> b.priorities(Priority.ofCode(p.asText())));
    Optional<Instant> createdFrom = instant(n, "createdFrom");
    Optional<Instant> createdTo = instant(n, "createdTo");
    if (createdFrom.isPresent() || createdTo.isPresent()) {
      b.createdBetween(createdFrom.orElse(null), createdTo.orElse(null));
    }
    Optional<Instant> activityFrom = instant(n, "lastActivityFrom");
    Optional<Instant> activityTo = instant(n, "lastActivityTo");
    if (activityFrom.isPresent() || activityTo.isPresent()) {
      b.lastActivityBetween(activityFrom.orElse(null), activityTo.orElse(null));
    }
    for (JsonNode a : n.path("attributes")) {
      b.attribute(new AttributeCondition(a.path("key").asText(),
          AttributeCondition.Operator.valueOf(a.path("operator").asText()),
          a.has("value") ? Optional.of(JsonValues.untyped(a.get("value"))) : Optional.empty()));
    }
    if (n.has("text")) {
      b.text(n.get("text").asText());
    }
    b.sort(SortOrder.valueOf(n.path("sort").asText(SortOrder.LAST_ACTIVITY_DESC.name())));
    b.page(n.path("page").asInt(0), n.path("pageSize").asInt(25));
    return b.build();
  }
}
