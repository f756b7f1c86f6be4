package io.konversio.core.notification;

/** Why an agent is notified. Codes follow Chatwoot's notification types. */
public enum NotificationType {
  /** A conversation was created in an inbox the agent is a member of. */
  CONVERSATION_CREATED("conversation_creation"),
  /** The agent was assigned a conversation (not by themselves). */
  CONVERSATION_ASSIGNED("conversation_assignment"),
  /** The agent, or a team of theirs, was mentioned in a private note. */
  CONVERSATION_MENTION("conversation_mention"),
  /** A new message arrived in a conversation assigned to the agent. */
  ASSIGNED_CONVERSATION_NEW_MESSAGE("assigned_conversation_new_message"),
  /** A new message arrived in a conversation the agent participates in. */
  PARTICIPATING_CONVERSATION_NEW_MESSAGE("participating_conversation_new_message");

  private final String code;

  NotificationType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static NotificationType ofCode(String code) {
    for (NotificationType t : values()) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown notification type: " + code);
  }
}
