package io.konversio.core.conversation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle state of a conversation, with the one table of legal transitions.
 *
 * <pre>
 * from \ to   OPEN  PENDING  RESOLVED  SNOOZED
 * OPEN         -      yes      yes       yes
 * PENDING     yes      -       yes       yes
 * RESOLVED    yes     yes       -        no
 * SNOOZED     yes     yes      yes      yes (a new snooze time)
 * </pre>
 *
 * A resolved conversation cannot be snoozed: reopen it first. Moving to the state a conversation is already in is
 * a no-op, except for snoozed, which may take a new wake-up time.
 */
public enum ConversationStatus {
  OPEN("open"), PENDING("pending"), RESOLVED("resolved"), SNOOZED("snoozed");

  private static final Map<ConversationStatus, Set<ConversationStatus>> LEGAL = Map.of(
      OPEN, EnumSet.of(OPEN, PENDING, RESOLVED, SNOOZED),
      PENDING, EnumSet.of(OPEN, PENDING, RESOLVED, SNOOZED),
      RESOLVED, EnumSet.of(OPEN, PENDING, RESOLVED),
      SNOOZED, EnumSet.of(OPEN, PENDING, RESOLVED, SNOOZED));

  private final String code;

  ConversationStatus(String code) {
    this.code = code;
  }

  /** The persisted code, e.g. {@code open}. */
  public String code() {
    return code;
  }

  /** Whether the table allows moving from this state to {@code target}. */
  public boolean canMoveTo(ConversationStatus target) {
    return LEGAL.get(this).contains(target);
  }

  /** Throws {@link IllegalTransitionException} unless the move is legal. */
  public void checkMoveTo(ConversationStatus target) {
    if (!canMoveTo(target)) {
      throw new IllegalTransitionException(this, target);
    }
  }

  public static ConversationStatus ofCode(String code) {
    for (ConversationStatus s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown status: " + code);
  }
}
