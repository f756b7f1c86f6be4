package io.konversio.rules;

import java.util.List;

/**
 * Why a rule does or does not match a fact: whether the trigger matches and, for each leaf condition (by its
 * JSON path in Konversio's form), whether it held. Immutable and thread-safe.
 *
 * @param rule            the rule explained
 * @param triggerMatches  whether the fact's event is the rule's trigger
 * @param conditionsHold  whether the whole condition tree holds
 * @param conditions      every leaf condition in document order
 */
public record Explanation(AutomationRule rule, boolean triggerMatches, boolean conditionsHold,
                          List<ConditionResult> conditions) {
    public Explanation {
        conditions = List.copyOf(conditions);
    }

    /** True when the rule would fire on the fact (trigger and conditions; enabled or not). */
    public boolean matches() {
        return triggerMatches && conditionsHold;
    }

    /**
     * One leaf condition's result.
     *
     * @param path      the JSON path, for example {@code $.conditions.all[1].any[0]}
     * @param condition the condition
     * @param held      whether it held for the fact
     */
    public record ConditionResult(String path, Condition condition, boolean held) {
    }
}
