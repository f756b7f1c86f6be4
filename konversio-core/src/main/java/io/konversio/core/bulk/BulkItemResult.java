package io.konversio.core.bulk;

import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import java.util.Optional;

/**
 * What happened to one conversation of a bulk action: the updated conversation, or why it failed (and was left
 * untouched). Immutable; thread-safe.
 */
public record BulkItemResult(ConversationId id, Optional<Conversation> conversation, Optional<String> failure) {

  public boolean succeeded() {
    return failure.isEmpty();
  }

  static BulkItemResult success(ConversationId id, Conversation conversation) {
    return new BulkItemResult(id, Optional.of(conversation), Optional.empty());
  }

  static BulkItemResult failure(ConversationId id, String reason) {
    return new BulkItemResult(id, Optional.empty(), Optional.of(reason));
  }
}
