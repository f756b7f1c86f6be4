package io.konversio.rules;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A rule read from JSON with the JSON path of each condition leaf as written (identity keys), and the
 * structural problems found; {@code rule} is null when there are problems.
 */
record ParsedRule(@Nullable AutomationRule rule, Map<ConditionNode, String> paths, List<RuleProblem> problems) {
    @Override
    @SuppressWarnings("NullAway")
    public AutomationRule rule() {
        if (rule == null) {
            throw new IllegalStateException("rule has problems: " + problems);
        }
        return rule;
    }
}
