package io.konversio.rules;

import io.konversio.core.account.AccountId;
import io.konversio.rules.spi.RuleReferences;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a rule before it is saved in an account and reports every problem at once, each with the JSON path of the
 * offending field and a plain message: unknown attributes, operators not allowed for the attribute's type,
 * missing or mistyped values, unknown agents / teams / inboxes / labels, unknown actions and bad action
 * params (including bad webhook URLs). Immutable and thread-safe if its {@link RuleReferences} is.
 *
 * <p>Paths follow Konversio's JSON form ({@code $.conditions.all[0].any[1].values[0]}); when the rule was read
 * with {@link RuleJson#read(String, RuleValidator)} they point into the document as written instead
 * ({@code $.conditions[2].filter_operator} for Chatwoot's flat form).
 */
public final class RuleValidator {
    private final AccountId account;
    private final RuleReferences references;

    private RuleValidator(AccountId account, RuleReferences references) {
        this.account = Objects.requireNonNull(account, "account");
        this.references = Objects.requireNonNull(references, "references");
    }

    /**
     * A validator for rules of {@code account}, which resolves ids, labels and custom attributes in that account
     * through {@code references}.
     */
    public static RuleValidator of(AccountId account, RuleReferences references) {
        return new RuleValidator(account, references);
    }

    /** Every problem in the rule, in document order; empty when the rule may be saved. */
    public List<RuleProblem> problems(AutomationRule rule) {
        return problems(rule, Map.of());
    }

    /** Throws {@link InvalidRuleException} listing every problem, or returns the rule when there is none. */
    public AutomationRule check(AutomationRule rule) {
        List<RuleProblem> problems = problems(rule);
        if (!problems.isEmpty()) {
            throw new InvalidRuleException(problems);
        }
        return rule;
    }

    List<RuleProblem> problems(AutomationRule rule, Map<ConditionNode, String> sourcePaths) {
        List<RuleProblem> problems = new ArrayList<>();
        if (rule.name().isBlank()) {
            problems.add(new RuleProblem("$.name", "name must not be blank"));
        }
        ConditionCheck conditions = new ConditionCheck(account, references, rule.event(), problems);
        walk(rule.conditions(), "$.conditions", sourcePaths, conditions);
        if (rule.actions().isEmpty()) {
            problems.add(new RuleProblem("$.actions", "a rule needs at least one action"));
        }
        ActionCheck actions = new ActionCheck(account, references, problems);
        for (int i = 0; i < rule.actions().size(); i++) {
            actions.check(rule.actions().get(i), "$.actions[" + i + "]");
        }
        return List.copyOf(problems);
    }

    private static void walk(ConditionNode node, String path, Map<ConditionNode, String> sourcePaths,
                             ConditionCheck check) {
        if (node instanceof Condition leaf) {
            check.check(leaf, sourcePaths.getOrDefault(leaf, path));
            return;
        }
        ConditionGroup group = (ConditionGroup) node;
        if (group.kind() == ConditionGroup.Kind.NOT) {
            walk(group.children().get(0), path + ".not", sourcePaths, check);
            return;
        }
        for (int i = 0; i < group.children().size(); i++) {
            walk(group.children().get(i), path + "." + group.kind().key() + "[" + i + "]", sourcePaths, check);
        }
    }
}
