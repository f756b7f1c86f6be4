package io.konversio.core.conversation;

import io.konversio.core.KonversioException;

/**
 * Thrown when a change was made against an older version of a conversation than the stored one: someone else
 * changed it first. Nothing was written. Read the conversation again and retry, e.g. with {@link Retry}.
 */
public final class StaleConversationException extends KonversioException {
  private static final long serialVersionUID = 1L;
  private final ConversationId conversationId;
  private final long expectedVersion;
  private final long actualVersion;

  public StaleConversationException(ConversationId conversationId, long expectedVersion, long actualVersion) {
    super("conversation " + conversationId + " is at version " + actualVersion + ", not " + expectedVersion);
    this.conversationId = conversationId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  public ConversationId conversationId() {
    return conversationId;
  }

  public long expectedVersion() {
    return expectedVersion;
  }

  /** The stored version, or -1 when the store does not report it. */
  public long actualVersion() {
    return actualVersion;
  }
}
