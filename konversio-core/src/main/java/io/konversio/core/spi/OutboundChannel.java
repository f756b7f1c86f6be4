package io.konversio.core.spi;

import io.konversio.core.contact.Contact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.Message;
import io.konversio.core.inbox.Inbox;

/**
 * Delivers customer-facing messages to the contact over the inbox's channel (email, SMS, chat widget, ...). It
 * receives public outgoing and template messages only: private notes and activity lines never reach it. Called
 * after the message is stored, at least once per message. Must be thread-safe.
 */
@FunctionalInterface
public interface OutboundChannel {
  void send(Inbox inbox, Conversation conversation, Contact contact, Message message);

  /** A channel that sends nothing, for hosts that deliver messages themselves from events. */
  static OutboundChannel none() {
    return (i, c, ct, m) -> { };
  }
}
