package io.konversio.benchmarks.rules;

import io.konversio.rules.AttributeType;
import io.konversio.rules.AutomationRule;
import io.konversio.rules.ConversationFact;
import io.konversio.rules.RuleAction;
import io.konversio.rules.RuleEvent;
import io.konversio.rules.internal.ConditionPredicates;
import io.konversio.rules.internal.WorkingFact;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Baseline 1: tests every rule's trigger and predicates in list order for each event, applying each matched
 * rule's actions before testing the next rule. Same predicates as the Drools engine. Immutable after
 * construction; thread-safe.
 */
public final class NaiveEvaluator {
    record Compiled(int index, RuleEvent event, Predicate<WorkingFact> test, List<RuleAction> actions) {
    }

    private final List<Compiled> rules;

    public NaiveEvaluator(List<AutomationRule> rules) {
        this.rules = compile(rules);
    }

    static List<Compiled> compile(List<AutomationRule> rules) {
        ConditionPredicates predicates = new ConditionPredicates((model, key) -> AttributeType.TEXT);
        List<Compiled> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            AutomationRule r = rules.get(i);
            out.add(new Compiled(i, r.event(), predicates.compile(r.conditions()).test(), r.actions()));
        }
        return List.copyOf(out);
    }

    /** Returns how many rules fired. */
    public int evaluate(ConversationFact event) {
        return run(rules, event);
    }

    static int run(List<Compiled> candidates, ConversationFact event) {
        WorkingFact working = new WorkingFact(event);
        int fired = 0;
        for (Compiled c : candidates) {
            if (c.event() == event.event() && c.test().test(working)) {
                ConversationFact now = working.getData();
                for (RuleAction action : c.actions()) {
                    now = now.withActionApplied(action);
                }
                working = new WorkingFact(now);
                fired++;
            }
        }
        return fired;
    }
}
