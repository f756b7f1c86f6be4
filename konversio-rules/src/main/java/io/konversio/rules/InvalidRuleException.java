package io.konversio.rules;

import io.konversio.core.KonversioException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a rule (or its JSON) has problems; carries every problem found, not just the first.
 * Immutable and thread-safe.
 */
public final class InvalidRuleException extends KonversioException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /** Creates the exception; {@code problems} must not be empty. */
    public InvalidRuleException(List<RuleProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid rule has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in document order. */
    public List<RuleProblem> problems() {
        return problems;
    }

    private static String describe(List<RuleProblem> problems) {
        return "invalid automation rule (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "): " + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("; "));
    }
}
