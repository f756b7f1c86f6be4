package io.konversio.core.conversation;

import io.konversio.core.Actor;
import java.util.Objects;
import java.util.Optional;

/**
 * One message for {@link Conversations#postAll}: the conversation, the message and who sends it. Without a sender,
 * the message comes from the conversation's contact (incoming messages only). Immutable; thread-safe.
 *
 * @param conversationId the conversation to add the message to
 * @param message the message
 * @param sender who sends it; empty for the conversation's contact
 */
public record MessagePost(ConversationId conversationId, NewMessage message, Optional<Actor> sender) {
  public MessagePost {
    Objects.requireNonNull(conversationId, "conversationId");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(sender, "sender");
  }

  /** A message sent by {@code sender}. */
  public static MessagePost of(ConversationId conversationId, NewMessage message, Actor sender) {
    return new MessagePost(conversationId, message, Optional.of(sender));
  }

  /** A message from the conversation's contact. */
  public static MessagePost incoming(ConversationId conversationId, String content) {
    return new MessagePost(conversationId, NewMessage.incoming(content), Optional.empty());
  }

  /** A public reply to the contact. */
  public static MessagePost reply(ConversationId conversationId, String content, Actor sender) {
    return of(conversationId, NewMessage.reply(content), sender);
  }

  /** A private note, seen by agents only. */
  public static MessagePost note(ConversationId conversationId, String content, Actor sender) {
    return of(conversationId, NewMessage.note(content), sender);
  }
}
