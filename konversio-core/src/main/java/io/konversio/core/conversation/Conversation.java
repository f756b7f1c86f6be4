package io.konversio.core.conversation;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.contact.ContactId;
import io.konversio.core.inbox.InboxId;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A conversation: one thread of communication with a contact, from the first message to resolution. Immutable;
 * thread-safe. Change one through {@code desk.conversations()}; every stored change increments {@link #version()},
 * which guards against lost updates (optimistic locking).
 *
 * @param displayId the number shown to people, sequential per account
 * @param labels label titles in lower case, sorted
 * @param customAttributes values of the account's conversation attribute definitions, validated
 * @param additionalAttributes channel data such as {@code browser_language}, {@code referer}, {@code mail_subject}
 * @param participants agents who follow the conversation and are notified of new messages
 * @param snoozedUntil when a snoozed conversation wakes up; empty while not snoozed, or snoozed until the next reply
 * @param lastActivityAt the time of the latest message (or creation)
 * @param firstReplyAt the time of the first public reply by an agent
 * @param waitingSince since when the contact has been waiting for a reply; empty when not waiting
 * @param version incremented by every stored change
 */
public record Conversation(
    ConversationId id,
    AccountId accountId,
    long displayId,
    InboxId inboxId,
    ContactId contactId,
    ConversationStatus status,
    Priority priority,
    Optional<AgentId> assigneeId,
    Optional<TeamId> teamId,
    Set<String> labels,
    Map<String, Object> customAttributes,
    Map<String, String> additionalAttributes,
    Set<AgentId> participants,
    Optional<Instant> snoozedUntil,
    Instant createdAt,
    Instant lastActivityAt,
    Optional<Instant> firstReplyAt,
    Optional<Instant> waitingSince,
    long version) {

  public Conversation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(inboxId, "inboxId");
    Objects.requireNonNull(contactId, "contactId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(assigneeId, "assigneeId");
    Objects.requireNonNull(teamId, "teamId");
    labels = Collections.unmodifiableSortedSet(new TreeSet<>(labels));
    customAttributes = Collections.unmodifiableSortedMap(new TreeMap<>(customAttributes));
    additionalAttributes = Collections.unmodifiableSortedMap(new TreeMap<>(additionalAttributes));
    participants = Collections.unmodifiableSortedSet(new TreeSet<>(participants));
    Objects.requireNonNull(snoozedUntil, "snoozedUntil");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastActivityAt, "lastActivityAt");
    Objects.requireNonNull(firstReplyAt, "firstReplyAt");
    Objects.requireNonNull(waitingSince, "waitingSince");
  }

  /** Whether the conversation is snoozed until the contact's next reply rather than until a time. */
  public boolean isSnoozedUntilNextReply() {
    return status == ConversationStatus.SNOOZED && snoozedUntil.isEmpty();
  }

  /** Whether an agent is assigned. */
  public boolean isAssigned() {
    return assigneeId.isPresent();
  }

  /** A builder holding this conversation's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Collects the values of a changed copy of a conversation. Not thread-safe. */
  public static final class Builder {
    private ConversationId id;
    private AccountId accountId;
    private long displayId;
    private InboxId inboxId;
    private ContactId contactId;
    private ConversationStatus status;
    private Priority priority;
    private Optional<AgentId> assigneeId;
    private Optional<TeamId> teamId;
    private Set<String> labels;
    private Map<String, Object> customAttributes;
    private Map<String, String> additionalAttributes;
    private Set<AgentId> participants;
    private Optional<Instant> snoozedUntil;
    private Instant createdAt;
    private Instant lastActivityAt;
    private Optional<Instant> firstReplyAt;
    private Optional<Instant> waitingSince;
    private long version;

    private Builder(Conversation c) {
      this.id = c.id;
      this.accountId = c.accountId;
      this.displayId = c.displayId;
      this.inboxId = c.inboxId;
      this.contactId = c.contactId;
      this.status = c.status;
      this.priority = c.priority;
      this.assigneeId = c.assigneeId;
      this.teamId = c.teamId;
      this.labels = c.labels;
      this.customAttributes = c.customAttributes;
      this.additionalAttributes = c.additionalAttributes;
      this.participants = c.participants;
      this.snoozedUntil = c.snoozedUntil;
      this.createdAt = c.createdAt;
      this.lastActivityAt = c.lastActivityAt;
      this.firstReplyAt = c.firstReplyAt;
      this.waitingSince = c.waitingSince;
      this.version = c.version;
    }

    public Builder id(ConversationId value) {
      this.id = value;
      return this;
    }

    public Builder accountId(AccountId value) {
      this.accountId = value;
      return this;
    }

    public Builder displayId(long value) {
      this.displayId = value;
      return this;
    }

    public Builder inboxId(InboxId value) {
      this.inboxId = value;
      return this;
    }

    public Builder contactId(ContactId value) {
      this.contactId = value;
      return this;
    }

    public Builder status(ConversationStatus value) {
      this.status = value;
      return this;
    }

    public Builder priority(Priority value) {
      this.priority = value;
      return this;
    }

    public Builder assigneeId(Optional<AgentId> value) {
      this.assigneeId = value;
      return this;
    }

    public Builder teamId(Optional<TeamId> value) {
      this.teamId = value;
      return this;
    }

    public Builder labels(Set<String> value) {
      this.labels = value;
      return this;
    }

    public Builder customAttributes(Map<String, Object> value) {
      this.customAttributes = value;
      return this;
    }

    public Builder additionalAttributes(Map<String, String> value) {
      this.additionalAttributes = value;
      return this;
    }

    public Builder participants(Set<AgentId> value) {
      this.participants = value;
      return this;
    }

    public Builder snoozedUntil(Optional<Instant> value) {
      this.snoozedUntil = value;
      return this;
    }

    public Builder createdAt(Instant value) {
      this.createdAt = value;
      return this;
    }

    public Builder lastActivityAt(Instant value) {
      this.lastActivityAt = value;
      return this;
    }

    public Builder firstReplyAt(Optional<Instant> value) {
      this.firstReplyAt = value;
      return this;
    }

    public Builder waitingSince(Optional<Instant> value) {
      this.waitingSince = value;
      return this;
    }

    public Builder version(long value) {
      this.version = value;
      return this;
    }

    public Conversation build() {
      return new Conversation(id, accountId, displayId, inboxId, contactId, status, priority, assigneeId, teamId, labels, customAttributes, additionalAttributes, participants, snoozedUntil, createdAt, lastActivityAt, firstReplyAt, waitingSince, version);
    }
  }
}
