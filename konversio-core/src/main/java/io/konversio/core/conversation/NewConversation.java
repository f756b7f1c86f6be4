package io.konversio.core.conversation;

import io.konversio.core.contact.ContactId;
import io.konversio.core.inbox.InboxId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What is needed to start a conversation: the inbox, the contact and, usually, the contact's first message.
 * Immutable once built; thread-safe.
 *
 * <pre>{@code
 * NewConversation.builder(inbox, contact).message("My invoice is wrong").build();
 * }</pre>
 */
public final class NewConversation {
  private final InboxId inboxId;
  private final ContactId contactId;
  private final @Nullable String message;
  private final ConversationStatus status;
  private final Priority priority;
  private final Map<String, String> additionalAttributes;
  private final Map<String, Object> customAttributes;

  private NewConversation(Builder b) {
    inboxId = b.inboxId;
    contactId = b.contactId;
    message = b.message;
    status = b.status;
    priority = b.priority;
    additionalAttributes = Map.copyOf(b.additionalAttributes);
    customAttributes = Map.copyOf(b.customAttributes);
  }

  public static Builder builder(InboxId inbox, ContactId contact) {
    return new Builder(inbox, contact);
  }

  public InboxId inboxId() {
    return inboxId;
  }

  public ContactId contactId() {
    return contactId;
  }

  /** The contact's first message, stored as an incoming message. */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** {@link ConversationStatus#OPEN} (the default) or {@link ConversationStatus#PENDING}. */
  public ConversationStatus status() {
    return status;
  }

  public Priority priority() {
    return priority;
  }

  public Map<String, String> additionalAttributes() {
    return additionalAttributes;
  }

  public Map<String, Object> customAttributes() {
    return customAttributes;
  }

  /** Builds a {@link NewConversation}. Not thread-safe. */
  public static final class Builder {
    private final InboxId inboxId;
    private final ContactId contactId;
    private @Nullable String message;
    private ConversationStatus status = ConversationStatus.OPEN;
    private Priority priority = Priority.NONE;
    private final Map<String, String> additionalAttributes = new LinkedHashMap<>();
    private final Map<String, Object> customAttributes = new LinkedHashMap<>();

    private Builder(InboxId inboxId, ContactId contactId) {
      this.inboxId = Objects.requireNonNull(inboxId, "inbox");
      this.contactId = Objects.requireNonNull(contactId, "contact");
    }

    public Builder message(String content) {
      this.message = Objects.requireNonNull(content, "message");
      return this;
    }

    /** Start as open (the default) or pending; a conversation cannot start resolved or snoozed. */
    public Builder status(ConversationStatus value) {
      if (value != ConversationStatus.OPEN && value != ConversationStatus.PENDING) {
        throw new IllegalArgumentException("a conversation starts open or pending, not " + value.code());
      }
      this.status = value;
      return this;
    }

    public Builder priority(Priority value) {
      this.priority = Objects.requireNonNull(value, "priority");
      return this;
    }

    /** A channel attribute such as {@code browser_language}, {@code referer} or {@code mail_subject}. */
    public Builder additionalAttribute(String key, String value) {
      additionalAttributes.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** A custom attribute, validated against its definition when the conversation is created. */
    public Builder customAttribute(String key, Object value) {
      customAttributes.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    public NewConversation build() {
      return new NewConversation(this);
    }
  }
}
