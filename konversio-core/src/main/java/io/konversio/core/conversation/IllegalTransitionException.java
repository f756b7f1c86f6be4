package io.konversio.core.conversation;

import io.konversio.core.KonversioException;

/** Thrown when a status change is not in the transition table of {@link ConversationStatus}. */
public final class IllegalTransitionException extends KonversioException {
  private static final long serialVersionUID = 1L;
  private final ConversationStatus from;
  private final ConversationStatus to;

  public IllegalTransitionException(ConversationStatus from, ConversationStatus to) {
    super("a conversation cannot move from " + from.code() + " to " + to.code());
    this.from = from;
    this.to = to;
  }

  public ConversationStatus from() {
    return from;
  }

  public ConversationStatus to() {
    return to;
  }
}
