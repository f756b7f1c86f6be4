package io.konversio.core.conversation;

/** The kind of a message. Private notes are {@link #OUTGOING} messages with the private flag. */
public enum MessageType {
  /** From the contact. */
  INCOMING("incoming"),
  /** To the contact (or, when private, a note for agents only). */
  OUTGOING("outgoing"),
  /** A system line in the timeline, e.g. "Conversation was resolved". Never sent to the contact. */
  ACTIVITY("activity"),
  /** A structured message such as a CSAT survey, sent to the contact. */
  TEMPLATE("template");

  private final String code;

  MessageType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static MessageType ofCode(String code) {
    for (MessageType t : values()) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown message type: " + code);
  }
}
