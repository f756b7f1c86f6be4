package io.konversio.rules.internal;

import io.konversio.rules.AttributeType;
import io.konversio.rules.Condition;
import io.konversio.rules.ConditionGroup;
import io.konversio.rules.ConditionNode;
import io.konversio.rules.ConversationFact;
import io.konversio.rules.CustomAttributeModel;
import io.konversio.rules.Operator;
import io.konversio.rules.RuleJson;
import io.konversio.rules.StandardAttribute;
import io.konversio.rules.ValueChange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Turns conditions into predicates over a {@link WorkingFact}: the single definition of what every operator
 * means, shared by the Drools rules, explain and the benchmark baselines. Immutable and thread-safe.
 *
 * <p>Negative operators are exact negations: {@code not_equal_to} = not {@code equal_to},
 * {@code does_not_contain} = not {@code contains}, {@code is_not_present} = not {@code is_present}; so an
 * absent value is "not equal" to anything (as Chatwoot does for custom attributes).
 */
public final class ConditionPredicates {
    private static final RuleJson JSON = RuleJson.create();

    private final BiFunction<CustomAttributeModel, String, AttributeType> customTypes;

    /** Predicates resolving custom attribute types through {@code customTypes}. */
    public ConditionPredicates(BiFunction<CustomAttributeModel, String, AttributeType> customTypes) {
        this.customTypes = customTypes;
    }

    /** Compiles a node (group or leaf). */
    public CompiledCondition compile(ConditionNode node) {
        return compile(node, null);
    }

    /**
     * Compiles a node; with {@code keywords}, content {@code contains} / {@code does_not_contain} register their
     * keywords there and test them through the working fact's {@link KeywordAutomaton} hits (same results).
     */
    CompiledCondition compile(ConditionNode node, KeywordAutomaton.@Nullable Builder keywords) {
        if (node instanceof Condition leaf) {
            return leaf(leaf, keywords);
        }
        ConditionGroup group = (ConditionGroup) node;
        List<CompiledCondition> children = new ArrayList<>();
        Set<String> props = new HashSet<>();
        for (ConditionNode child : group.children()) {
            CompiledCondition c = compile(child, keywords);
            children.add(c);
            props.addAll(c.props());
        }
        List<Predicate<WorkingFact>> tests = children.stream().map(CompiledCondition::test).toList();
        FactTest test = switch (group.kind()) {
            case ALL -> w -> {
                for (Predicate<WorkingFact> t : tests) {
                    if (!t.test(w)) {
                        return false;
                    }
                }
                return true;
            };
            case ANY -> w -> {
                for (Predicate<WorkingFact> t : tests) {
                    if (t.test(w)) {
                        return true;
                    }
                }
                return false;
            };
            case NOT -> FactTest.of(tests.get(0)).negate();
        };
        return new CompiledCondition(key(node), test, Set.copyOf(props));
    }

    private CompiledCondition leaf(Condition c, KeywordAutomaton.@Nullable Builder keywords) {
        if (keywords != null && !c.isCustom() && c.attribute().equals(StandardAttribute.CONTENT.key())
                && (c.operator() == Operator.CONTAINS || c.operator() == Operator.DOES_NOT_CONTAIN)) {
            FactTest contains = contentContains(c.values(), keywords);
            return new CompiledCondition(key(c), c.operator() == Operator.CONTAINS ? contains : contains.negate(),
                    Set.of(WorkingFact.DATA));
        }
        FactTest test;
        String prop;
        String suffix = "";
        if (c.isCustom()) {
            AttributeType type = customTypes.apply(c.customAttributeType(), c.attribute());
            suffix = "|type=" + type.code();
            prop = WorkingFact.DATA;
            Function<ConversationFact, Map<String, Object>> map = c.customAttributeType() == CustomAttributeModel.CONTACT
                    ? ConversationFact::contactAttributes : ConversationFact::conversationAttributes;
            String key = c.attribute();
            // the changes are the conversation's: a contact condition (refused by validation, but a rule saved
            // before may have one) must not read a conversation attribute's change of the same key
            test = c.operator() == Operator.ATTRIBUTE_CHANGED
                    ? (c.customAttributeType() == CustomAttributeModel.CONTACT ? w -> false
                    : type == AttributeType.NUMBER ? CustomValueTests.numberChanged(c.change(),
                    w -> w.getData().changedAttributes().get(key)) : changed(c))
                    : CustomValueTests.test(type, c.operator(), c.values(),
                    w -> map.apply(w.getData()).get(key), w -> w.getData().occurredAt());
        } else {
            StandardAttribute a = StandardAttribute.fromKey(c.attribute()).orElseThrow(() ->
                    new IllegalArgumentException("unknown attribute " + c.attribute()));
            prop = property(a);
            test = c.operator() == Operator.ATTRIBUTE_CHANGED ? changed(c) : StandardTests.test(a, c.operator(), c.values());
        }
        if (c.operator() == Operator.ATTRIBUTE_CHANGED) {
            prop = WorkingFact.DATA;
        }
        return new CompiledCondition(key(c) + suffix, test, Set.of(prop));
    }

    /** Content contains any of {@code values} (folded), as {@link TextTests} defines it, via keyword hits. */
    private static FactTest contentContains(List<String> values, KeywordAutomaton.Builder keywords) {
        String[] folded = foldAll(values).toArray(String[]::new);
        int[] ids = new int[folded.length];
        for (int i = 0; i < folded.length; i++) {
            ids[i] = keywords.id(folded[i]);
        }
        return w -> {
            String raw = w.getData().content();
            if (raw == null) {
                return false;
            }
            long[] known = w.knownKeywordHits(); // after a scan (e.g. for a keyword key), no fold is needed
            if (known != null) {
                return KeywordAutomaton.any(known, ids);
            }
            String x = w.folded(StandardAttribute.CONTENT, raw);
            long[] hits = w.keywordHits(x);
            if (hits != null) {
                return KeywordAutomaton.any(hits, ids);
            }
            for (String v : folded) {
                if (x.contains(v)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static FactTest changed(Condition c) {
        String key = c.attribute();
        Set<String> from = foldAll(c.change().from());
        Set<String> to = foldAll(c.change().to());
        if (!c.isCustom() && key.equals(StandardAttribute.PRIORITY.key())) {
            // no priority is written "none" or "nil", in a rule and in a change alike
            Set<String> f = noneIsNil(from);
            Set<String> t = noneIsNil(to);
            return w -> {
                ValueChange change = w.getData().changedAttributes().get(key);
                return change != null && matches(f, noneIsNil(change.from())) && matches(t, noneIsNil(change.to()));
            };
        }
        return w -> {
            ValueChange change = w.getData().changedAttributes().get(key);
            return change != null && matches(from, change.from()) && matches(to, change.to());
        };
    }

    private static Set<String> noneIsNil(Set<String> values) {
        if (!values.contains("none")) {
            return values;
        }
        Set<String> out = new HashSet<>(values);
        out.remove("none");
        out.add("nil");
        return Set.copyOf(out);
    }

    private static @Nullable Object noneIsNil(@Nullable Object value) {
        return value != null && Text.fold(String.valueOf(value)).equals("none") ? null : value;
    }

    private static boolean matches(Set<String> accepted, @Nullable Object value) {
        return accepted.isEmpty() || accepted.contains(value == null ? "nil" : Text.fold(String.valueOf(value)));
    }

    static Set<String> foldAll(List<String> values) {
        Set<String> out = new HashSet<>();
        values.forEach(v -> out.add(Text.fold(v)));
        return Set.copyOf(out);
    }

    static String property(StandardAttribute a) {
        return switch (a) {
            case STATUS -> WorkingFact.STATUS;
            case PRIORITY -> WorkingFact.PRIORITY;
            case ASSIGNEE_ID -> WorkingFact.ASSIGNEE_ID;
            case TEAM_ID -> WorkingFact.TEAM_ID;
            case INBOX_ID -> WorkingFact.INBOX_ID;
            case LABELS -> WorkingFact.LABELS;
            default -> WorkingFact.DATA;
        };
    }

    /** The canonical text of a node: its Konversio JSON, which escapes every value unambiguously. */
    static String key(ConditionNode node) {
        return JSON.write(node);
    }
}
