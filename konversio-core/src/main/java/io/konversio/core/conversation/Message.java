package io.konversio.core.conversation;

import io.konversio.core.Actor;
import io.konversio.core.account.AccountId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A message of a conversation. Immutable; thread-safe.
 *
 * @param privateNote whether this is a private note: visible to agents only, never to the contact
 * @param sender who sent it: a contact, agent, bot, automation rule, campaign or the system
 * @param attributes extra data, e.g. {@code automation_rule_id} or {@code content_type}
 */
public record Message(MessageId id, AccountId accountId, ConversationId conversationId, MessageType type,
    boolean privateNote, Actor sender, String content, Map<String, String> attributes, Instant createdAt) {
  public Message {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(content, "content");
    attributes = Map.copyOf(attributes);
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Whether the contact may see this message: not a private note and not an activity line. */
  public boolean isCustomerVisible() {
    return !privateNote && type != MessageType.ACTIVITY;
  }

  /** Whether this is a public reply from a person (an agent): what first-response and waiting times count. */
  public boolean isHumanReply() {
    return type == MessageType.OUTGOING && !privateNote && sender.isAgent();
  }
}
