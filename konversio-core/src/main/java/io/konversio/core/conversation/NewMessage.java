package io.konversio.core.conversation;

import java.util.Map;
import java.util.Objects;

/**
 * A message to add to a conversation. Immutable; thread-safe.
 *
 * @param type incoming (from the contact), outgoing, activity or template
 * @param privateNote whether it is a private note (outgoing only)
 * @param content the text, 1 to 150,000 characters
 * @param attributes extra data stored with the message
 */
public record NewMessage(MessageType type, boolean privateNote, String content, Map<String, String> attributes) {
  public NewMessage {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(content, "content");
    attributes = Map.copyOf(attributes);
  }

  /** A message from the contact. */
  public static NewMessage incoming(String content) {
    return new NewMessage(MessageType.INCOMING, false, content, Map.of());
  }

  /** A public reply to the contact. */
  public static NewMessage reply(String content) {
    return new NewMessage(MessageType.OUTGOING, false, content, Map.of());
  }

  /** A private note for agents; may mention agents and teams. */
  public static NewMessage note(String content) {
    return new NewMessage(MessageType.OUTGOING, true, content, Map.of());
  }

  /** A line of activity in the timeline, never shown to the contact. */
  public static NewMessage activity(String content) {
    return new NewMessage(MessageType.ACTIVITY, false, content, Map.of());
  }

  /** This message with extra data. */
  public NewMessage withAttributes(Map<String, String> value) {
    return new NewMessage(type, privateNote, content, value);
  }
}
