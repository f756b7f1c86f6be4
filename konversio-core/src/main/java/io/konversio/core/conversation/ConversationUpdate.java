package io.konversio.core.conversation;

import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A set of changes to apply to one conversation atomically: status, snooze, priority, assignee, team, labels,
 * custom and additional attributes, participants. Every single-purpose command of
 * {@link Conversations} is a shorthand for one of these; bulk actions apply one to many conversations.
 * Immutable once built; thread-safe.
 *
 * <pre>{@code
 * ConversationUpdate update = ConversationUpdate.builder()
 *     .assignee(alice).addLabels("billing").priority(Priority.HIGH).build();
 * desk.conversations().update(id, update, Actor.agent(bob));
 * }</pre>
 */
public final class ConversationUpdate {
  private final @Nullable ConversationStatus status;
  private final boolean snoozeSet;
  private final @Nullable Instant snoozeUntil;
  private final @Nullable Priority priority;
  private final @Nullable Optional<AgentId> assignee;
  private final @Nullable Optional<TeamId> team;
  private final Set<String> addLabels;
  private final Set<String> removeLabels;
  private final @Nullable Set<String> replaceLabels;
  private final Map<String, Object> setCustomAttributes;
  private final Set<String> unsetCustomAttributes;
  private final Map<String, String> additionalAttributes;
  private final Set<AgentId> addParticipants;
  private final Set<AgentId> removeParticipants;

  private ConversationUpdate(Builder b) {
    this.status = b.status;
    this.snoozeSet = b.snoozeSet;
    this.snoozeUntil = b.snoozeUntil;
    this.priority = b.priority;
    this.assignee = b.assignee;
    this.team = b.team;
    this.addLabels = Set.copyOf(b.addLabels);
    this.removeLabels = Set.copyOf(b.removeLabels);
    this.replaceLabels = b.replaceLabels == null ? null : Set.copyOf(b.replaceLabels);
    this.setCustomAttributes = Map.copyOf(b.setCustomAttributes);
    this.unsetCustomAttributes = Set.copyOf(b.unsetCustomAttributes);
    this.additionalAttributes = Map.copyOf(b.additionalAttributes);
    this.addParticipants = Set.copyOf(b.addParticipants);
    this.removeParticipants = Set.copyOf(b.removeParticipants);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether this update changes nothing. */
  public boolean isEmpty() {
    return status == null && priority == null && assignee == null && team == null && addLabels.isEmpty()
        && removeLabels.isEmpty() && replaceLabels == null && setCustomAttributes.isEmpty()
        && unsetCustomAttributes.isEmpty() && additionalAttributes.isEmpty() && addParticipants.isEmpty()
        && removeParticipants.isEmpty();
  }

  /** The new status, if this update changes it. */
  public Optional<ConversationStatus> status() {
    return Optional.ofNullable(status);
  }

  /** Whether this update sets the snooze (a time, or until the next reply). */
  public boolean snoozeSet() {
    return snoozeSet;
  }

  /** The wake-up time when this update snoozes until a time. */
  public Optional<Instant> snoozeUntil() {
    return Optional.ofNullable(snoozeUntil);
  }

  /** The new priority, if changed. */
  public Optional<Priority> priority() {
    return Optional.ofNullable(priority);
  }

  /** Empty when the assignee is unchanged; otherwise the new assignee, empty for unassign. */
  public Optional<Optional<AgentId>> assignee() {
    return Optional.ofNullable(assignee);
  }

  /** Empty when the team is unchanged; otherwise the new team, empty for none. */
  public Optional<Optional<TeamId>> team() {
    return Optional.ofNullable(team);
  }

  /** Labels to add. */
  public Set<String> addLabels() {
    return addLabels;
  }

  /** Labels to remove. */
  public Set<String> removeLabels() {
    return removeLabels;
  }

  /** The whole new label set, when replacing. */
  public Optional<Set<String>> replaceLabels() {
    return Optional.ofNullable(replaceLabels);
  }

  /** Custom attributes to set. */
  public Map<String, Object> setCustomAttributes() {
    return setCustomAttributes;
  }

  /** Custom attributes to unset. */
  public Set<String> unsetCustomAttributes() {
    return unsetCustomAttributes;
  }

  /** Channel attributes to set. */
  public Map<String, String> additionalAttributes() {
    return additionalAttributes;
  }

  /** Participants to add. */
  public Set<AgentId> addParticipants() {
    return addParticipants;
  }

  /** Participants to remove. */
  public Set<AgentId> removeParticipants() {
    return removeParticipants;
  }

  /** Collects the changes of an update. Not thread-safe. */
  public static final class Builder {
    private @Nullable ConversationStatus status;
    private boolean snoozeSet;
    private @Nullable Instant snoozeUntil;
    private @Nullable Priority priority;
    private @Nullable Optional<AgentId> assignee;
    private @Nullable Optional<TeamId> team;
    private final Set<String> addLabels = new LinkedHashSet<>();
    private final Set<String> removeLabels = new LinkedHashSet<>();
    private @Nullable Set<String> replaceLabels;
    private final Map<String, Object> setCustomAttributes = new LinkedHashMap<>();
    private final Set<String> unsetCustomAttributes = new LinkedHashSet<>();
    private final Map<String, String> additionalAttributes = new LinkedHashMap<>();
    private final Set<AgentId> addParticipants = new LinkedHashSet<>();
    private final Set<AgentId> removeParticipants = new LinkedHashSet<>();

    private Builder() {
    }

    /** Moves to {@code value}; for snoozed use {@link #snoozeUntil} or {@link #snoozeUntilNextReply}. */
    public Builder status(ConversationStatus value) {
      Objects.requireNonNull(value, "status");
      if (value == ConversationStatus.SNOOZED) {
        return snoozeUntilNextReply();
      }
      this.status = value;
      this.snoozeSet = false;
      this.snoozeUntil = null;
      return this;
    }

    /** Snoozes until {@code time}, when due work reopens the conversation. */
    public Builder snoozeUntil(Instant time) {
      this.status = ConversationStatus.SNOOZED;
      this.snoozeSet = true;
      this.snoozeUntil = Objects.requireNonNull(time, "snoozeUntil");
      return this;
    }

    /** Snoozes until the contact's next message. */
    public Builder snoozeUntilNextReply() {
      this.status = ConversationStatus.SNOOZED;
      this.snoozeSet = true;
      this.snoozeUntil = null;
      return this;
    }

    public Builder priority(Priority value) {
      this.priority = Objects.requireNonNull(value, "priority");
      return this;
    }

    /** Assigns the agent, who must be a member of the inbox or an administrator. */
    public Builder assignee(AgentId agent) {
      this.assignee = Optional.of(Objects.requireNonNull(agent, "assignee"));
      return this;
    }

    public Builder unassign() {
      this.assignee = Optional.empty();
      return this;
    }

    /** Sets the team; an assignee who is not a member of it is dropped unless this update assigns one. */
    public Builder team(TeamId value) {
      this.team = Optional.of(Objects.requireNonNull(value, "team"));
      return this;
    }

    public Builder removeTeam() {
      this.team = Optional.empty();
      return this;
    }

    /** Adds labels; each must exist in the account (case-insensitive). */
    public Builder addLabels(String... titles) {
      return addLabels(java.util.List.of(titles));
    }

    public Builder addLabels(Collection<String> titles) {
      titles.forEach(t -> addLabels.add(Objects.requireNonNull(t, "label")));
      return this;
    }

    public Builder removeLabels(String... titles) {
      return removeLabels(java.util.List.of(titles));
    }

    public Builder removeLabels(Collection<String> titles) {
      titles.forEach(t -> removeLabels.add(Objects.requireNonNull(t, "label")));
      return this;
    }

    /** Replaces the whole label set. */
    public Builder replaceLabels(Collection<String> titles) {
      titles.forEach(t -> Objects.requireNonNull(t, "label"));
      this.replaceLabels = new LinkedHashSet<>(titles);
      return this;
    }

    /** Sets a custom attribute, validated against its definition. */
    public Builder setCustomAttribute(String key, Object value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      unsetCustomAttributes.remove(key);
      setCustomAttributes.put(key, value);
      return this;
    }

    public Builder unsetCustomAttribute(String key) {
      Objects.requireNonNull(key, "key");
      setCustomAttributes.remove(key);
      unsetCustomAttributes.add(key);
      return this;
    }

    /** Sets a channel attribute such as {@code browser_language} or {@code mail_subject}. */
    public Builder additionalAttribute(String key, String value) {
      additionalAttributes.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    public Builder addParticipants(AgentId... agents) {
      for (AgentId a : agents) {
        addParticipants.add(Objects.requireNonNull(a, "participant"));
        removeParticipants.remove(a);
      }
      return this;
    }

    public Builder removeParticipants(AgentId... agents) {
      for (AgentId a : agents) {
        removeParticipants.add(Objects.requireNonNull(a, "participant"));
        addParticipants.remove(a);
      }
      return this;
    }

    public ConversationUpdate build() {
      return new ConversationUpdate(this);
    }
  }
}
