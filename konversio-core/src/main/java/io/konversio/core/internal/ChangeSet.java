package io.konversio.core.internal;

import io.konversio.core.conversation.Conversation;
import io.konversio.core.Actor;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.event.AssigneeChanged;
import io.konversio.core.event.Change;
import io.konversio.core.event.ConversationStatusChanged;
import io.konversio.core.event.ConversationUpdated;
import io.konversio.core.event.LabelAdded;
import io.konversio.core.event.LabelRemoved;
import io.konversio.core.event.TeamChanged;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Compares a conversation before and after a change and records the events that describe the difference:
 * one {@link ConversationUpdated} with every changed attribute, then the specific events.
 */
public final class ChangeSet {
  private ChangeSet() {
  }

  /** The changed attributes; the last-activity time changes with every message and is never one of them. */
  static Map<String, Change> diff(Conversation before, Conversation after) {
    Map<String, Change> changes = new LinkedHashMap<>();
    put(changes, "status", before.status().code(), after.status().code());
    put(changes, "snoozed_until", before.snoozedUntil(), after.snoozedUntil());
    put(changes, "priority", before.priority().code(), after.priority().code());
    put(changes, "assignee_id", before.assigneeId(), after.assigneeId());
    put(changes, "team_id", before.teamId(), after.teamId());
    put(changes, "labels", before.labels(), after.labels());
    put(changes, "participants", before.participants(), after.participants());
    put(changes, "waiting_since", before.waitingSince(), after.waitingSince());
    put(changes, "first_reply_created_at", before.firstReplyAt(), after.firstReplyAt());
    Set<String> keys = new TreeSet<>(before.customAttributes().keySet());
    keys.addAll(after.customAttributes().keySet());
    for (String key : keys) {
      put(changes, "custom_attributes." + key, before.customAttributes().get(key), after.customAttributes().get(key));
    }
    Set<String> additional = new TreeSet<>(before.additionalAttributes().keySet());
    additional.addAll(after.additionalAttributes().keySet());
    for (String key : additional) {
      put(changes, "additional_attributes." + key, before.additionalAttributes().get(key),
          after.additionalAttributes().get(key));
    }
    return changes;
  }

  private static void put(Map<String, Change> changes, String name, Object from, Object to) {
    if (!Objects.equals(from, to)) {
      changes.put(name, Change.of(from, to));
    }
  }

  /** Records the events for the difference; returns false when nothing changed. */
  static boolean record(UnitOfWork unit, Actor actor, Conversation before, Conversation after) {
    Map<String, Change> changes = diff(before, after);
    if (changes.isEmpty()) {
      return false;
    }
    unit.record(new ConversationUpdated(UUID.randomUUID(), actor, unit.now(), after, changes));
    if (before.status() != after.status()) {
      unit.record(new ConversationStatusChanged(UUID.randomUUID(), actor, unit.now(), after, before.status(),
          after.status()));
    }
    if (!before.assigneeId().equals(after.assigneeId())) {
      Optional<AgentId> from = before.assigneeId();
      unit.record(new AssigneeChanged(UUID.randomUUID(), actor, unit.now(), after, from, after.assigneeId()));
    }
    if (!before.teamId().equals(after.teamId())) {
      Optional<TeamId> from = before.teamId();
      unit.record(new TeamChanged(UUID.randomUUID(), actor, unit.now(), after, from, after.teamId()));
    }
    for (String label : after.labels()) {
      if (!before.labels().contains(label)) {
        unit.record(new LabelAdded(UUID.randomUUID(), actor, unit.now(), after, label));
      }
    }
    for (String label : before.labels()) {
      if (!after.labels().contains(label)) {
        unit.record(new LabelRemoved(UUID.randomUUID(), actor, unit.now(), after, label));
      }
    }
    return true;
  }
}
