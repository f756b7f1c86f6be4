package io.konversio.core.internal;

import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.ConversationUpdate;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.conversation.MessagePost;
import io.konversio.core.conversation.NewMessage;
import io.konversio.core.conversation.Priority;
import io.konversio.core.conversation.Retry;
import io.konversio.core.conversation.StaleConversationException;
import io.konversio.core.Actor;
import io.konversio.core.NotFoundException;
import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.internal.Kernel;
import io.konversio.core.search.ConversationCounts;
import io.konversio.core.search.ConversationQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import io.konversio.core.conversation.Conversations;

/** The Conversations of one account, over the kernel's store. Thread-safe. */
public final class StoredConversations implements Conversations {
  private static final int RETRIES = 5;
  private final Kernel kernel;
  private final AccountId account;

  public StoredConversations(Kernel kernel, AccountId account) {
    this.kernel = kernel;
    this.account = account;
  }

  private <T> T write(Function<ConversationCommands, T> command) {
    return Retry.onStale(RETRIES, () -> kernel.write(unit -> command.apply(new ConversationCommands(unit, account))));
  }

  /**
   * Starts a conversation. It is open (or pending, if asked), resolved at once when the contact is blocked, and
   * auto-assigned when its inbox says so. The first message, if given, is stored as incoming.
   */
  @Override
  public Conversation create(NewConversation conversation, Actor actor) {
    Objects.requireNonNull(conversation, "conversation");
    Objects.requireNonNull(actor, "actor");
    return write(c -> c.create(conversation, actor));
  }

  @Override
  public Conversation get(ConversationId id) {
    return find(id).orElseThrow(() -> new NotFoundException("conversation", id));
  }

  @Override
  public Optional<Conversation> find(ConversationId id) {
    Objects.requireNonNull(id, "id");
    return kernel.read(tx -> tx.conversations().find(account, id));
  }

  @Override
  public Optional<Conversation> findByDisplayId(long displayId) {
    return kernel.read(tx -> tx.conversations().findByDisplayId(account, displayId));
  }

  /**
   * Adds a message. An incoming message reopens a snoozed or resolved conversation unless its contact is blocked;
   * an agent's first public reply sets the first-reply time; a private note notifies and adds the agents it
   * mentions; public replies never parse mentions.
   */
  @Override
  public Message post(ConversationId id, NewMessage message, Actor sender) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(sender, "sender");
    return write(c -> c.postMessage(id, message.type(), message.privateNote(), sender, message.content(),
        message.attributes()).message());
  }

  @Override
  public List<Message> postAll(List<MessagePost> posts) {
    Objects.requireNonNull(posts, "posts");
    if (posts.isEmpty()) {
      return List.of();
    }
    List<MessagePost> copy = new ArrayList<>(posts);
    return write(c -> c.postAll(copy));
  }

  /** A message from the conversation's contact. */
  @Override
  public Message receive(ConversationId id, String content) {
    Conversation c = get(id);
    return post(id, NewMessage.incoming(content), Actor.contact(c.contactId()));
  }

  /** A public reply to the contact. */
  @Override
  public Message reply(ConversationId id, String content, Actor sender) {
    return post(id, NewMessage.reply(content), sender);
  }

  /** A private note, seen by agents only. */
  @Override
  public Message note(ConversationId id, String content, Actor sender) {
    return post(id, NewMessage.note(content), sender);
  }

  /** Every message, private notes included: the agents' view. */
  @Override
  public List<Message> messages(ConversationId id) {
    get(id);
    return kernel.read(tx -> tx.messages().list(account, id));
  }

  /** The messages the contact may see: never private notes or activity lines. */
  @Override
  public List<Message> customerView(ConversationId id) {
    return messages(id).stream().filter(Message::isCustomerVisible).toList();
  }

  /** Applies the update atomically, retrying if another writer changed the conversation meanwhile. */
  @Override
  public Conversation update(ConversationId id, ConversationUpdate update, Actor actor) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(actor, "actor");
    return write(c -> c.update(id, Optional.empty(), update, actor));
  }

  /**
   * Applies the update only if the conversation is still at {@code expectedVersion}; otherwise throws
   * {@link StaleConversationException} and changes nothing.
   */
  @Override
  public Conversation update(ConversationId id, long expectedVersion, ConversationUpdate update, Actor actor) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(update, "update");
    Objects.requireNonNull(actor, "actor");
    return kernel.write(unit -> new ConversationCommands(unit, account)
        .update(id, Optional.of(expectedVersion), update, actor));
  }

  @Override
  public Conversation open(ConversationId id, Actor actor) {
    return update(id, ConversationUpdate.builder().status(ConversationStatus.OPEN).build(), actor);
  }

  @Override
  public Conversation resolve(ConversationId id, Actor actor) {
    return update(id, ConversationUpdate.builder().status(ConversationStatus.RESOLVED).build(), actor);
  }

  @Override
  public Conversation markPending(ConversationId id, Actor actor) {
    return update(id, ConversationUpdate.builder().status(ConversationStatus.PENDING).build(), actor);
  }

  /** Snoozes until {@code time}; {@code konversio.runDueWork()} reopens it then. */
  @Override
  public Conversation snoozeUntil(ConversationId id, Instant time, Actor actor) {
    return update(id, ConversationUpdate.builder().snoozeUntil(time).build(), actor);
  }

  /** Snoozes until the contact's next message. */
  @Override
  public Conversation snoozeUntilNextReply(ConversationId id, Actor actor) {
    return update(id, ConversationUpdate.builder().snoozeUntilNextReply().build(), actor);
  }

  /** Chatwoot's toggle: open becomes resolved; resolved, pending and snoozed become open. */
  @Override
  public Conversation toggleStatus(ConversationId id, Actor actor) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    return write(c -> {
      // Decided inside the transaction: concurrent toggles must each flip the status, not both resolve.
      ConversationStatus next = c.load(id).status() == ConversationStatus.OPEN
          ? ConversationStatus.RESOLVED : ConversationStatus.OPEN;
      return c.update(id, Optional.empty(), ConversationUpdate.builder().status(next).build(), actor);
    });
  }

  /** Resolves the conversation and blocks its contact, whose messages then no longer reopen it. */
  @Override
  public Conversation mute(ConversationId id, Actor actor) {
    Objects.requireNonNull(actor, "actor");
    return write(c -> c.mute(id, actor));
  }

  /** Unblocks the contact; the conversation stays as it is. */
  @Override
  public Conversation unmute(ConversationId id, Actor actor) {
    Objects.requireNonNull(actor, "actor");
    return write(c -> {
      c.unmute(id);
      return c.load(id);
    });
  }

  @Override
  public Conversation assign(ConversationId id, AgentId agent, Actor actor) {
    return update(id, ConversationUpdate.builder().assignee(agent).build(), actor);
  }

  @Override
  public Conversation unassign(ConversationId id, Actor actor) {
    return update(id, ConversationUpdate.builder().unassign().build(), actor);
  }

  @Override
  public Conversation assignTeam(ConversationId id, TeamId team, Actor actor) {
    return update(id, ConversationUpdate.builder().team(team).build(), actor);
  }

  @Override
  public Conversation removeTeam(ConversationId id, Actor actor) {
    return update(id, ConversationUpdate.builder().removeTeam().build(), actor);
  }

  @Override
  public Conversation setPriority(ConversationId id, Priority priority, Actor actor) {
    return update(id, ConversationUpdate.builder().priority(priority).build(), actor);
  }

  @Override
  public Conversation addLabels(ConversationId id, List<String> labels, Actor actor) {
    return update(id, ConversationUpdate.builder().addLabels(labels).build(), actor);
  }

  @Override
  public Conversation removeLabels(ConversationId id, List<String> labels, Actor actor) {
    return update(id, ConversationUpdate.builder().removeLabels(labels).build(), actor);
  }

  @Override
  public Conversation replaceLabels(ConversationId id, List<String> labels, Actor actor) {
    return update(id, ConversationUpdate.builder().replaceLabels(labels).build(), actor);
  }

  @Override
  public Conversation setCustomAttribute(ConversationId id, String key, Object value, Actor actor) {
    return update(id, ConversationUpdate.builder().setCustomAttribute(key, value).build(), actor);
  }

  @Override
  public Conversation unsetCustomAttribute(ConversationId id, String key, Actor actor) {
    return update(id, ConversationUpdate.builder().unsetCustomAttribute(key).build(), actor);
  }

  @Override
  public Conversation addParticipant(ConversationId id, AgentId agent, Actor actor) {
    return update(id, ConversationUpdate.builder().addParticipants(agent).build(), actor);
  }

  @Override
  public Conversation removeParticipant(ConversationId id, AgentId agent, Actor actor) {
    return update(id, ConversationUpdate.builder().removeParticipants(agent).build(), actor);
  }

  /** The conversations matching the query, as seen by no particular agent ("mine" matches nothing). */
  @Override
  public Page<Conversation> list(ConversationQuery query) {
    Objects.requireNonNull(query, "query");
    return kernel.read(tx -> tx.conversations().query(account, query, Optional.empty()));
  }

  /** The conversations matching the query, as seen by {@code viewer} (who "mine" refers to). */
  @Override
  public Page<Conversation> list(ConversationQuery query, AgentId viewer) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(viewer, "viewer");
    return kernel.read(tx -> tx.conversations().query(account, query, Optional.of(viewer)));
  }

  /** Mine / unassigned / assigned / all counts of the conversations matching the query's other filters. */
  @Override
  public ConversationCounts counts(ConversationQuery query, AgentId viewer) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(viewer, "viewer");
    return kernel.read(tx -> tx.conversations().count(account, query, Optional.of(viewer)));
  }

  /**
   * Runs a due snooze wake-up, whose item was due at {@code dueAt}; called by Konversio's due-work runner, which
   * may run for an instant ahead of the clock.
   */
  public static void wakeUp(Kernel kernel, AccountId account, ConversationId id, Instant dueAt) {
    Objects.requireNonNull(dueAt, "dueAt");
    kernel.write(unit -> {
      new ConversationCommands(unit, account).wakeUp(id, dueAt);
      return null;
    });
  }

}
