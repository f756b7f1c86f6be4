package io.konversio.benchmarks.rules;

import io.konversio.rules.AutomationRule;
import io.konversio.rules.Condition;
import io.konversio.rules.ConditionGroup;
import io.konversio.rules.ConditionNode;
import io.konversio.rules.ConversationFact;
import io.konversio.rules.Operator;
import io.konversio.rules.RuleEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Baseline 2: a hand-indexed Java evaluator. Rules are bucketed by trigger and by the inbox of a top-level
 * {@code inbox_id equal_to} condition; an event tests only the rules of its (trigger, inbox) bucket plus its
 * trigger's inbox-independent rules, in list order. Immutable after construction; thread-safe.
 */
public final class IndexedEvaluator {
    private final Map<RuleEvent, Map<Long, List<NaiveEvaluator.Compiled>>> byInbox = new EnumMap<>(RuleEvent.class);
    private final Map<RuleEvent, List<NaiveEvaluator.Compiled>> anyInbox = new EnumMap<>(RuleEvent.class);

    public IndexedEvaluator(List<AutomationRule> rules) {
        List<NaiveEvaluator.Compiled> compiled = NaiveEvaluator.compile(rules);
        Map<RuleEvent, Map<Long, List<NaiveEvaluator.Compiled>>> buckets = new EnumMap<>(RuleEvent.class);
        for (int i = 0; i < rules.size(); i++) {
            NaiveEvaluator.Compiled c = compiled.get(i);
            Long inbox = inbox(rules.get(i).conditions());
            if (inbox == null) {
                anyInbox.computeIfAbsent(c.event(), e -> new ArrayList<>()).add(c);
            } else {
                buckets.computeIfAbsent(c.event(), e -> new HashMap<>()).computeIfAbsent(inbox, k -> new ArrayList<>())
                        .add(c);
            }
        }
        // pre-merge each bucket with its trigger's inbox-independent rules, keeping list order
        buckets.forEach((event, inboxes) -> {
            Map<Long, List<NaiveEvaluator.Compiled>> merged = new HashMap<>();
            inboxes.forEach((inbox, list) -> {
                List<NaiveEvaluator.Compiled> all = new ArrayList<>(list);
                all.addAll(anyInbox.getOrDefault(event, List.of()));
                all.sort(Comparator.comparingInt(NaiveEvaluator.Compiled::index));
                merged.put(inbox, List.copyOf(all));
            });
            byInbox.put(event, merged);
        });
    }

    private static @org.jspecify.annotations.Nullable Long inbox(ConditionGroup root) {
        if (root.kind() != ConditionGroup.Kind.ALL) {
            return null;
        }
        for (ConditionNode node : root.children()) {
            if (node instanceof Condition c && !c.isCustom() && c.attribute().equals("inbox_id")
                    && c.operator() == Operator.EQUAL_TO && c.values().size() == 1) {
                return Long.parseLong(c.values().get(0));
            }
        }
        return null;
    }

    /** Returns how many rules fired. */
    public int evaluate(ConversationFact event) {
        Map<Long, List<NaiveEvaluator.Compiled>> inboxes = byInbox.get(event.event());
        List<NaiveEvaluator.Compiled> candidates = inboxes == null ? null : inboxes.get(event.inboxId());
        if (candidates == null) {
            candidates = anyInbox.getOrDefault(event.event(), List.of());
        }
        return NaiveEvaluator.run(candidates, event);
    }
}
