package io.konversio.rules;

import java.util.List;

/**
 * The outcome of running an account's rules on one event: the rules that matched, in firing order, and
 * every action with its outcome. Immutable and thread-safe.
 *
 * @param event               the fact as the event arrived
 * @param finalFact           the fact after every action's effect
 * @param matchedRules        the rules that fired, in order (each at most once)
 * @param actions             every planned action in order, with its outcome
 * @param firingLimitReached  true if the engine stopped at its firing limit (a backstop that should not trip)
 */
public record EvaluationResult(ConversationFact event, ConversationFact finalFact, List<RuleId> matchedRules,
                               List<ActionRecord> actions, boolean firingLimitReached) {
    public EvaluationResult {
        matchedRules = List.copyOf(matchedRules);
        actions = List.copyOf(actions);
    }

    /** The actions that failed, with their causes. */
    public List<ActionRecord> failedActions() {
        return actions.stream().filter(a -> a.outcome() == ActionRecord.Outcome.FAILED).toList();
    }

    /** The planned actions alone, in order. */
    public List<PlannedAction> plannedActions() {
        return actions.stream().map(ActionRecord::action).toList();
    }
}
