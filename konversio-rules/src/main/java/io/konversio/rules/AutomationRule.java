package io.konversio.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An automation rule as data: when {@link #event()} happens and {@link #conditions()} hold, run
 * {@link #actions()} in order. Rules of an account run in {@link #position()} order. Immutable and
 * thread-safe; build one with {@link #builder()} or change one with {@link #toBuilder()}.
 *
 * <p>A rule that has not been stored yet has no {@link #id()}; the engine only runs rules with an id.
 */
public final class AutomationRule {
    private final @Nullable RuleId id;
    private final long accountId;
    private final String name;
    private final String description;
    private final RuleEvent event;
    private final ConditionGroup conditions;
    private final List<RuleAction> actions;
    private final boolean enabled;
    private final int position;

    private AutomationRule(Builder b) {
        this.id = b.id;
        this.accountId = b.accountId;
        this.name = Objects.requireNonNull(b.name, "name is required");
        this.description = b.description;
        this.event = Objects.requireNonNull(b.event, "event is required");
        this.conditions = b.conditions;
        this.actions = List.copyOf(b.actions);
        this.enabled = b.enabled;
        this.position = b.position;
    }

    /** A builder with no condition, no action, enabled, at position 0. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this rule's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.accountId = accountId;
        b.name = name;
        b.description = description;
        b.event = event;
        b.conditions = conditions;
        b.actions.addAll(actions);
        b.enabled = enabled;
        b.position = position;
        return b;
    }

    /** The stored id, or empty before the rule is stored. */
    public Optional<RuleId> id() {
        return Optional.ofNullable(id);
    }

    /** The account the rule belongs to (0 when not set yet). */
    public long accountId() {
        return accountId;
    }

    /** The display name. */
    public String name() {
        return name;
    }

    /** The description, possibly empty. */
    public String description() {
        return description;
    }

    /** The trigger. */
    public RuleEvent event() {
        return event;
    }

    /** The root of the condition tree; an empty {@code all} group matches every event. */
    public ConditionGroup conditions() {
        return conditions;
    }

    /** The actions, run in this order. */
    public List<RuleAction> actions() {
        return actions;
    }

    /** False when the rule is switched off (kept, but never run). */
    public boolean enabled() {
        return enabled;
    }

    /** The place in the account's list; lower runs first, ties broken by id. */
    public int position() {
        return position;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof AutomationRule r && Objects.equals(id, r.id) && accountId == r.accountId
                && name.equals(r.name) && description.equals(r.description) && event == r.event
                && conditions.equals(r.conditions) && actions.equals(r.actions) && enabled == r.enabled
                && position == r.position;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, accountId, name, description, event, conditions, actions, enabled, position);
    }

    @Override
    public String toString() {
        return "AutomationRule[id=" + (id == null ? "none" : id.value()) + ", account=" + accountId
                + ", name=" + name + ", event=" + event.code() + ", position=" + position
                + ", enabled=" + enabled + ", conditions=" + conditions + ", actions=" + actions + "]";
    }

    /** Builds an {@link AutomationRule}; not thread-safe. Each setter rejects bad values at once. */
    public static final class Builder {
        private @Nullable RuleId id;
        private long accountId;
        private @Nullable String name;
        private String description = "";
        private @Nullable RuleEvent event;
        private ConditionGroup conditions = ConditionGroup.always();
        private final List<RuleAction> actions = new ArrayList<>();
        private boolean enabled = true;
        private int position;

        private Builder() {
        }

        /** Sets the stored id; null clears it. */
        public Builder id(@Nullable RuleId id) {
            this.id = id;
            return this;
        }

        /** Sets the stored id. */
        public Builder id(long id) {
            return id(RuleId.of(id));
        }

        /** Sets the owning account (not negative). */
        public Builder accountId(long accountId) {
            if (accountId < 0) {
                throw new IllegalArgumentException("accountId must not be negative: " + accountId);
            }
            this.accountId = accountId;
            return this;
        }

        /** Sets the display name. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Sets the description. */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /** Sets the trigger. */
        public Builder event(RuleEvent event) {
            this.event = Objects.requireNonNull(event, "event");
            return this;
        }

        /** Sets the condition tree. */
        public Builder conditions(ConditionGroup conditions) {
            this.conditions = Objects.requireNonNull(conditions, "conditions");
            return this;
        }

        /** Sets the conditions to "all of these". */
        public Builder allOf(ConditionNode... conditions) {
            return conditions(ConditionGroup.all(conditions));
        }

        /** Replaces the actions. */
        public Builder actions(List<RuleAction> actions) {
            this.actions.clear();
            actions.forEach(this::action);
            return this;
        }

        /** Appends an action. */
        public Builder action(RuleAction action) {
            this.actions.add(Objects.requireNonNull(action, "action"));
            return this;
        }

        /** Switches the rule on or off. */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /** Sets the place in the list (not negative). */
        public Builder position(int position) {
            if (position < 0) {
                throw new IllegalArgumentException("position must not be negative: " + position);
            }
            this.position = position;
            return this;
        }

        /** Builds the rule; name and event are required. */
        public AutomationRule build() {
            if (name == null) {
                throw new IllegalStateException("name is required");
            }
            if (event == null) {
                throw new IllegalStateException("event is required");
            }
            return new AutomationRule(this);
        }
    }
}
