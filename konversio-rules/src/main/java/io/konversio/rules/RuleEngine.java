package io.konversio.rules;

import io.konversio.rules.internal.DroolsRuleEngine;
import io.konversio.rules.spi.ActionExecutor;
import io.konversio.rules.spi.RuleReferences;
import io.konversio.rules.spi.RuleSource;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs automation rules on conversation events. Thread-safe: one engine serves every thread and account.
 *
 * <p>Each account's enabled rules are compiled into one immutable rule base, cached, and replaced
 * atomically by {@link #replaceRules}; evaluations already running finish on the rule base they started
 * with. Rules fire in {@link AutomationRule#position()} order (ties by id), each at most once per event, and
 * a later rule sees the effects of earlier rules' actions.
 */
public interface RuleEngine {

    /** A builder for the Drools-backed engine. */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Compiles the account's rules (disabled ones are skipped) and swaps them in atomically.
     *
     * @throws IllegalArgumentException if a rule has no id, ids repeat, or a rule belongs to another account
     */
    void replaceRules(long accountId, List<AutomationRule> rules);

    /** Drops the account's compiled rules; the next event reloads them from the {@link RuleSource}. */
    void evict(long accountId);

    /** The enabled rules currently in force for the account, in firing order. */
    List<AutomationRule> rules(long accountId);

    /** Runs the account's rules on the event, carrying out actions through the configured executor. */
    EvaluationResult evaluate(ConversationFact event);

    /** Which rules would fire on the event and what they would do, without doing it. */
    EvaluationResult dryRun(ConversationFact event);

    /** Which of the rule's conditions hold for the fact and which do not. */
    Explanation explain(AutomationRule rule, ConversationFact fact);

    /** Configures a {@link RuleEngine}; not thread-safe. */
    final class Builder {
        private ActionExecutor executor = ActionExecutor.planOnly();
        private RuleReferences references = RuleReferences.permissive();
        private RuleSource source = accountId -> List.of();
        private boolean sourceSet;
        private @Nullable Long maximumAccounts;

        private Builder() {
        }

        /** Carries out actions in {@link #evaluate}; defaults to {@link ActionExecutor#planOnly()}. */
        public Builder executor(ActionExecutor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Resolves custom attribute types in the account being compiled (unknown ones compare as text); defaults to
         * {@link RuleReferences#permissive()}.
         */
        public Builder references(RuleReferences references) {
            this.references = Objects.requireNonNull(references, "references");
            return this;
        }

        /** Loads an account's rules on first use or after eviction; defaults to "no rules". */
        public Builder source(RuleSource source) {
            this.source = Objects.requireNonNull(source, "source");
            this.sourceSet = true;
            return this;
        }

        /** Bounds how many accounts' compiled rules are cached (needs a {@link #source}); default unbounded. */
        public Builder maximumAccounts(long maximumAccounts) {
            if (maximumAccounts < 1) {
                throw new IllegalArgumentException("maximumAccounts must be >= 1: " + maximumAccounts);
            }
            this.maximumAccounts = maximumAccounts;
            return this;
        }

        /** Builds the engine. */
        public RuleEngine build() {
            if (maximumAccounts != null && !sourceSet) {
                throw new IllegalStateException("maximumAccounts needs a source to reload evicted accounts from");
            }
            return new DroolsRuleEngine(executor, references, source, maximumAccounts);
        }
    }
}
