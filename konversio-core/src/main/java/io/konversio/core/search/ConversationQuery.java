package io.konversio.core.search;

import io.konversio.core.agent.TeamId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Priority;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.label.Label;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A query over an account's conversations. Every filter left unset matches everything; the filters that are set
 * must all hold. Immutable; thread-safe.
 *
 * <pre>{@code
 * ConversationQuery query = ConversationQuery.builder()
 *     .statuses(ConversationStatus.OPEN)
 *     .assignee(AssigneeFilter.unassigned())
 *     .labelsAny("billing", "refund")
 *     .text("invoice")
 *     .sort(SortOrder.WAITING_SINCE_ASC)
 *     .page(0, 25)
 *     .build();
 * }</pre>
 */
public final class ConversationQuery {
  /** The largest page size accepted. */
  public static final int MAX_PAGE_SIZE = 500;

  private final Set<ConversationStatus> statuses;
  private final AssigneeFilter assignee;
  private final Set<TeamId> teams;
  private final Set<String> labelsAny;
  private final Set<String> labelsAll;
  private final Set<String> labelsNone;
  private final Set<InboxId> inboxes;
  private final Set<ChannelType> channelTypes;
  private final Set<Priority> priorities;
  private final @Nullable Instant createdFrom;
  private final @Nullable Instant createdTo;
  private final @Nullable Instant lastActivityFrom;
  private final @Nullable Instant lastActivityTo;
  private final List<AttributeCondition> attributes;
  private final @Nullable String text;
  private final SortOrder sort;
  private final int page;
  private final int pageSize;

  private ConversationQuery(Builder b) {
    statuses = b.statuses.isEmpty() ? Set.of() : Set.copyOf(b.statuses);
    assignee = b.assignee;
    teams = Set.copyOf(b.teams);
    labelsAny = Set.copyOf(b.labelsAny);
    labelsAll = Set.copyOf(b.labelsAll);
    labelsNone = Set.copyOf(b.labelsNone);
    inboxes = Set.copyOf(b.inboxes);
    channelTypes = Set.copyOf(b.channelTypes);
    priorities = Set.copyOf(b.priorities);
    createdFrom = b.createdFrom;
    createdTo = b.createdTo;
    lastActivityFrom = b.lastActivityFrom;
    lastActivityTo = b.lastActivityTo;
    attributes = List.copyOf(b.attributes);
    text = b.text;
    sort = b.sort;
    page = b.page;
    pageSize = b.pageSize;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Matches every conversation, first page of 25, by last activity. */
  public static ConversationQuery all() {
    return builder().build();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The statuses to keep; empty keeps every status. */
  public Set<ConversationStatus> statuses() {
    return statuses;
  }

  public AssigneeFilter assignee() {
    return assignee;
  }

  public Set<TeamId> teams() {
    return teams;
  }

  /** Keep conversations with at least one of these labels. */
  public Set<String> labelsAny() {
    return labelsAny;
  }

  /** Keep conversations with all of these labels. */
  public Set<String> labelsAll() {
    return labelsAll;
  }

  /** Keep conversations with none of these labels. */
  public Set<String> labelsNone() {
    return labelsNone;
  }

  public Set<InboxId> inboxes() {
    return inboxes;
  }

  public Set<ChannelType> channelTypes() {
    return channelTypes;
  }

  public Set<Priority> priorities() {
    return priorities;
  }

  /** Created at or after this instant. */
  public Optional<Instant> createdFrom() {
    return Optional.ofNullable(createdFrom);
  }

  /** Created before this instant. */
  public Optional<Instant> createdTo() {
    return Optional.ofNullable(createdTo);
  }

  public Optional<Instant> lastActivityFrom() {
    return Optional.ofNullable(lastActivityFrom);
  }

  public Optional<Instant> lastActivityTo() {
    return Optional.ofNullable(lastActivityTo);
  }

  public List<AttributeCondition> attributes() {
    return attributes;
  }

  /**
   * Text searched, case-insensitively, in message content (private notes included: only agents search), the
   * contact's name, email and phone number.
   */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  public SortOrder sort() {
    return sort;
  }

  /** The zero-based page number. */
  public int page() {
    return page;
  }

  public int pageSize() {
    return pageSize;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConversationQuery q && statuses.equals(q.statuses) && assignee.equals(q.assignee)
        && teams.equals(q.teams) && labelsAny.equals(q.labelsAny) && labelsAll.equals(q.labelsAll)
        && labelsNone.equals(q.labelsNone) && inboxes.equals(q.inboxes) && channelTypes.equals(q.channelTypes)
        && priorities.equals(q.priorities) && Objects.equals(createdFrom, q.createdFrom)
        && Objects.equals(createdTo, q.createdTo) && Objects.equals(lastActivityFrom, q.lastActivityFrom)
        && Objects.equals(lastActivityTo, q.lastActivityTo) && attributes.equals(q.attributes)
        && Objects.equals(text, q.text) && sort == q.sort && page == q.page && pageSize == q.pageSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(statuses, assignee, teams, labelsAny, labelsAll, labelsNone, inboxes, channelTypes,
        priorities, createdFrom, createdTo, lastActivityFrom, lastActivityTo, attributes, text, sort, page, pageSize);
  }

  @Override
  public String toString() {
    return "ConversationQuery{statuses=" + statuses + ", assignee=" + assignee + ", teams=" + teams
        + ", labelsAny=" + labelsAny + ", labelsAll=" + labelsAll + ", labelsNone=" + labelsNone + ", inboxes="
        + inboxes + ", channelTypes=" + channelTypes + ", priorities=" + priorities + ", created=[" + createdFrom
        + ", " + createdTo + "), lastActivity=[" + lastActivityFrom + ", " + lastActivityTo + "), attributes="
        + attributes + ", text=" + text + ", sort=" + sort + ", page=" + page + ", pageSize=" + pageSize + "}";
  }

  /** Builds a query; each setter validates its argument at once. Not thread-safe. */
  public static final class Builder {
    private final Set<ConversationStatus> statuses = EnumSet.noneOf(ConversationStatus.class);
    private AssigneeFilter assignee = AssigneeFilter.any();
    private final Set<TeamId> teams = new LinkedHashSet<>();
    private final Set<String> labelsAny = new LinkedHashSet<>();
    private final Set<String> labelsAll = new LinkedHashSet<>();
    private final Set<String> labelsNone = new LinkedHashSet<>();
    private final Set<InboxId> inboxes = new LinkedHashSet<>();
    private final Set<ChannelType> channelTypes = EnumSet.noneOf(ChannelType.class);
    private final Set<Priority> priorities = EnumSet.noneOf(Priority.class);
    private @Nullable Instant createdFrom;
    private @Nullable Instant createdTo;
    private @Nullable Instant lastActivityFrom;
    private @Nullable Instant lastActivityTo;
    private final List<AttributeCondition> attributes = new ArrayList<>();
    private @Nullable String text;
    private SortOrder sort = SortOrder.LAST_ACTIVITY_DESC;
    private int page;
    private int pageSize = 25;

    private Builder() {
    }

    private Builder(ConversationQuery q) {
      statuses.addAll(q.statuses);
      assignee = q.assignee;
      teams.addAll(q.teams);
      labelsAny.addAll(q.labelsAny);
      labelsAll.addAll(q.labelsAll);
      labelsNone.addAll(q.labelsNone);
      inboxes.addAll(q.inboxes);
      channelTypes.addAll(q.channelTypes);
      priorities.addAll(q.priorities);
      createdFrom = q.createdFrom;
      createdTo = q.createdTo;
      lastActivityFrom = q.lastActivityFrom;
      lastActivityTo = q.lastActivityTo;
      attributes.addAll(q.attributes);
      text = q.text;
      sort = q.sort;
      page = q.page;
      pageSize = q.pageSize;
    }

    public Builder statuses(ConversationStatus... values) {
      return statuses(List.of(values));
    }

    public Builder statuses(Collection<ConversationStatus> values) {
      values.forEach(v -> statuses.add(Objects.requireNonNull(v, "status")));
      return this;
    }

    public Builder assignee(AssigneeFilter value) {
      assignee = Objects.requireNonNull(value, "assignee");
      return this;
    }

    public Builder teams(TeamId... values) {
      for (TeamId t : values) {
        teams.add(Objects.requireNonNull(t, "team"));
      }
      return this;
    }

    public Builder labelsAny(String... titles) {
      return addLabels(labelsAny, titles);
    }

    public Builder labelsAll(String... titles) {
      return addLabels(labelsAll, titles);
    }

    public Builder labelsNone(String... titles) {
      return addLabels(labelsNone, titles);
    }

    private Builder addLabels(Set<String> target, String... titles) {
      for (String t : titles) {
        String normalized = Label.normalize(t);
        if (normalized.isEmpty()) {
          throw new IllegalArgumentException("label must not be blank: '" + t + "'");
        }
        target.add(normalized);
      }
      return this;
    }

    public Builder inboxes(InboxId... values) {
      for (InboxId i : values) {
        inboxes.add(Objects.requireNonNull(i, "inbox"));
      }
      return this;
    }

    public Builder channelTypes(ChannelType... values) {
      for (ChannelType c : values) {
        channelTypes.add(Objects.requireNonNull(c, "channelType"));
      }
      return this;
    }

    public Builder priorities(Priority... values) {
      for (Priority p : values) {
        priorities.add(Objects.requireNonNull(p, "priority"));
      }
      return this;
    }

    /** Created in {@code [from, to)}; either bound may be null for an open range. */
    public Builder createdBetween(@Nullable Instant from, @Nullable Instant to) {
      checkRange(from, to, "created");
      createdFrom = from;
      createdTo = to;
      return this;
    }

    /** Last activity in {@code [from, to)}; either bound may be null for an open range. */
    public Builder lastActivityBetween(@Nullable Instant from, @Nullable Instant to) {
      checkRange(from, to, "lastActivity");
      lastActivityFrom = from;
      lastActivityTo = to;
      return this;
    }

    private static void checkRange(@Nullable Instant from, @Nullable Instant to, String name) {
      if (from != null && to != null && !from.isBefore(to)) {
        throw new IllegalArgumentException(name + " range is empty: from " + from + " is not before to " + to);
      }
    }

    public Builder attribute(AttributeCondition condition) {
      attributes.add(Objects.requireNonNull(condition, "condition"));
      return this;
    }

    /** Searches message content, contact name, email and phone; blank text means no search. */
    public Builder text(@Nullable String value) {
      text = value == null || value.isBlank() ? null : value.strip();
      return this;
    }

    public Builder sort(SortOrder value) {
      sort = Objects.requireNonNull(value, "sort");
      return this;
    }

    /** The zero-based page and its size (1 to {@value #MAX_PAGE_SIZE}). */
    public Builder page(int number, int size) {
      if (number < 0) {
        throw new IllegalArgumentException("page must be >= 0: " + number);
      }
      if (size < 1 || size > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException("page size must be 1.." + MAX_PAGE_SIZE + ": " + size);
      }
      page = number;
      pageSize = size;
      return this;
    }

    public ConversationQuery build() {
      return new ConversationQuery(this);
    }
  }
}
