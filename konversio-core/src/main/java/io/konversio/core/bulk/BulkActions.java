package io.konversio.core.bulk;

import io.konversio.core.Actor;
import io.konversio.core.KonversioException;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.ConversationUpdate;
import io.konversio.core.conversation.Conversations;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Bulk actions over many conversations of one account: assign an agent or team, add or remove labels, resolve,
 * reopen, snooze. Each conversation is updated in its own transaction: one that fails (not found, illegal move,
 * unknown label, ...) is left untouched and reported with the reason, and the others go on. Thread-safe.
 */
public final class BulkActions {
  /** The most conversations one bulk action takes. */
  public static final int MAX_ITEMS = 1000;

  private final Conversations conversations;

  /** For Konversio's own use; get one from {@code konversio.desk(account).bulk()}. */
  public BulkActions(Conversations conversations) {
    this.conversations = conversations;
  }

  /**
   * Applies {@code update} to each conversation; duplicate ids are applied once. The ids are checked (at most
   * {@value #MAX_ITEMS}, none null) before any conversation is changed.
   */
  public BulkResult apply(List<ConversationId> ids, ConversationUpdate update, Actor actor) {
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(actor, "actor");
    if (ids.size() > MAX_ITEMS) {
      throw new IllegalArgumentException("a bulk action takes at most " + MAX_ITEMS + " conversations: "
          + ids.size());
    }
    Set<ConversationId> unique = new LinkedHashSet<>(ids);
    if (unique.contains(null)) {
      throw new NullPointerException("ids must not contain null");
    }
    List<BulkItemResult> results = new ArrayList<>();
    for (ConversationId id : unique) {
      try {
        results.add(BulkItemResult.success(id, conversations.update(id, update, actor)));
      } catch (KonversioException e) {
        results.add(BulkItemResult.failure(id, e.getMessage()));
      }
    }
    return new BulkResult(results);
  }

  public BulkResult assign(List<ConversationId> ids, AgentId agent, Actor actor) {
    return apply(ids, ConversationUpdate.builder().assignee(agent).build(), actor);
  }

  public BulkResult assignTeam(List<ConversationId> ids, TeamId team, Actor actor) {
    return apply(ids, ConversationUpdate.builder().team(team).build(), actor);
  }

  public BulkResult addLabels(List<ConversationId> ids, List<String> labels, Actor actor) {
    return apply(ids, ConversationUpdate.builder().addLabels(labels).build(), actor);
  }

  public BulkResult removeLabels(List<ConversationId> ids, List<String> labels, Actor actor) {
    return apply(ids, ConversationUpdate.builder().removeLabels(labels).build(), actor);
  }

  public BulkResult resolve(List<ConversationId> ids, Actor actor) {
    return apply(ids, ConversationUpdate.builder().status(ConversationStatus.RESOLVED).build(), actor);
  }

  public BulkResult reopen(List<ConversationId> ids, Actor actor) {
    return apply(ids, ConversationUpdate.builder().status(ConversationStatus.OPEN).build(), actor);
  }

  public BulkResult snoozeUntil(List<ConversationId> ids, Instant until, Actor actor) {
    return apply(ids, ConversationUpdate.builder().snoozeUntil(until).build(), actor);
  }
}
