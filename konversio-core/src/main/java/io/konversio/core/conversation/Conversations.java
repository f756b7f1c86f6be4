package io.konversio.core.conversation;

import io.konversio.core.Actor;
import io.konversio.core.NotFoundException;
import io.konversio.core.Page;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.search.ConversationCounts;
import io.konversio.core.search.ConversationQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The conversations of one account: create, post messages, change status, assign, label, set attributes, find.
 * Every command is atomic: it validates all of its input first and, when it throws, has changed nothing. Commands
 * without an expected version retry by themselves when a concurrent writer got there first; those with one throw
 * {@link StaleConversationException}. Implementations are thread-safe.
 */
public interface Conversations {
  /** The kind of the due item that wakes up a conversation snoozed until a time. */
  String SNOOZE_WAKEUP_KIND = "conversation.snooze_wakeup";

  /**
   * Starts a conversation. It is open (or pending, if asked), resolved at once when the contact is blocked, and
   * auto-assigned when its inbox says so. The first message, if given, is stored as incoming.
   */
  Conversation create(NewConversation conversation, Actor actor);

  Conversation get(ConversationId id);

  Optional<Conversation> find(ConversationId id);

  Optional<Conversation> findByDisplayId(long displayId);

  /**
   * Adds a message. An incoming message reopens a snoozed or resolved conversation unless its contact is blocked;
   * an agent's first public reply sets the first-reply time; a private note notifies and adds the agents it
   * mentions; public replies never parse mentions.
   */
  Message post(ConversationId id, NewMessage message, Actor sender);

  /**
   * Adds many messages in one transaction, in list order, with the effects and events that {@link #post} would
   * have for each of them one after the other (a later message sees the changes of an earlier one). All or
   * nothing: when one is invalid, it throws {@link io.konversio.core.InvalidInputException} naming it (field
   * {@code posts[i].content}, ...) or {@link io.konversio.core.NotFoundException} for an unknown conversation, and
   * none is added. Retries by itself when a concurrent writer changed one of the conversations. Much faster than
   * one {@code post} per message on a database (one commit, and the store writes rows in batches): use it to take in
   * messages that arrive in bursts (a mail poll, a channel's webhook batch). It is not an import of history: the
   * messages are stamped now, and like any post they reach listeners, automation rules and the
   * {@link io.konversio.core.spi.OutboundChannel} (public replies). At most {@value #MAX_POSTS_PER_CALL} messages per
   * call.
   *
   * @return the messages added, in the order of {@code posts}
   */
  List<Message> postAll(List<MessagePost> posts);

  /** The most messages one {@link #postAll} call takes. */
  int MAX_POSTS_PER_CALL = 10_000;

  /** A message from the conversation's contact. */
  Message receive(ConversationId id, String content);

  /** A public reply to the contact. */
  Message reply(ConversationId id, String content, Actor sender);

  /** A private note, seen by agents only. */
  Message note(ConversationId id, String content, Actor sender);

  /** Every message, private notes included: the agents' view. */
  List<Message> messages(ConversationId id);

  /** The messages the contact may see: never private notes or activity lines. */
  List<Message> customerView(ConversationId id);

  /** Applies the update atomically, retrying if another writer changed the conversation meanwhile. */
  Conversation update(ConversationId id, ConversationUpdate update, Actor actor);

  /**
   * Applies the update only if the conversation is still at {@code expectedVersion}; otherwise throws
   * {@link StaleConversationException} and changes nothing.
   */
  Conversation update(ConversationId id, long expectedVersion, ConversationUpdate update, Actor actor);

  Conversation open(ConversationId id, Actor actor);

  Conversation resolve(ConversationId id, Actor actor);

  Conversation markPending(ConversationId id, Actor actor);

  /** Snoozes until {@code time}; {@code konversio.runDueWork()} reopens it then. */
  Conversation snoozeUntil(ConversationId id, Instant time, Actor actor);

  /** Snoozes until the contact's next message. */
  Conversation snoozeUntilNextReply(ConversationId id, Actor actor);

  /** Chatwoot's toggle: open becomes resolved; resolved, pending and snoozed become open. */
  Conversation toggleStatus(ConversationId id, Actor actor);

  /** Resolves the conversation and blocks its contact, whose messages then no longer reopen it. */
  Conversation mute(ConversationId id, Actor actor);

  /** Unblocks the contact; the conversation stays as it is. */
  Conversation unmute(ConversationId id, Actor actor);

  Conversation assign(ConversationId id, AgentId agent, Actor actor);

  Conversation unassign(ConversationId id, Actor actor);

  Conversation assignTeam(ConversationId id, TeamId team, Actor actor);

  Conversation removeTeam(ConversationId id, Actor actor);

  Conversation setPriority(ConversationId id, Priority priority, Actor actor);

  Conversation addLabels(ConversationId id, List<String> labels, Actor actor);

  Conversation removeLabels(ConversationId id, List<String> labels, Actor actor);

  Conversation replaceLabels(ConversationId id, List<String> labels, Actor actor);

  Conversation setCustomAttribute(ConversationId id, String key, Object value, Actor actor);

  Conversation unsetCustomAttribute(ConversationId id, String key, Actor actor);

  Conversation addParticipant(ConversationId id, AgentId agent, Actor actor);

  Conversation removeParticipant(ConversationId id, AgentId agent, Actor actor);

  /** The conversations matching the query, as seen by no particular agent ("mine" matches nothing). */
  Page<Conversation> list(ConversationQuery query);

  /** The conversations matching the query, as seen by {@code viewer} (who "mine" refers to). */
  Page<Conversation> list(ConversationQuery query, AgentId viewer);

  /** Mine / unassigned / assigned / all counts of the conversations matching the query's other filters. */
  ConversationCounts counts(ConversationQuery query, AgentId viewer);
}
