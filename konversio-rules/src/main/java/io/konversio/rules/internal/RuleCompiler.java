package io.konversio.rules.internal;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.execute;
import static org.drools.model.PatternDSL.alphaIndexedBy;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.reactOn;
import static org.drools.model.PatternDSL.rule;

import io.konversio.rules.AutomationRule;
import io.konversio.rules.Condition;
import io.konversio.rules.ConditionGroup;
import io.konversio.rules.ConditionNode;
import io.konversio.rules.Operator;
import io.konversio.rules.RuleEvent;
import io.konversio.rules.StandardAttribute;
import io.konversio.rules.internal.KeywordDispatch.Need;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.model.Index;
import org.drools.model.PatternDSL.PatternDef;
import org.drools.model.Rule;
import org.drools.model.Variable;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;

/**
 * Compiles an account's ordered rules into one immutable KieBase through Drools' executable-model Java DSL.
 * Conditions become lambdas that capture the user's values; nothing is turned into DRL or MVEL text.
 * Thread-safe (stateless apart from the predicates' type resolver).
 *
 * <p>Each rule is one pattern over {@link WorkingFact}: the trigger (alpha-indexed), then top-level
 * equality on {@code inbox_id} / {@code status} (alpha-indexed), then the other conditions, then the
 * at-most-once guard. Expression ids encode the constants (Drools shares alpha nodes by id). Salience
 * follows the list order. Rules that need a content keyword are routed by it ({@link KeywordDispatch}); in the
 * common case, a trigger and one inbox, one hashed route node stands for the trigger, the inbox and the keyword
 * ({@link ReaderIndex#primary}).
 */
final class RuleCompiler {
    static final String PACKAGE = "io.konversio.rules.generated";
    private static final int EVENT_INDEX = 0;
    private static final int EVENT_STATUS_INDEX = 1;
    private static final int INBOX_INDEX = 2;
    private static final int STATUS_INDEX = 3;
    private static final int KEYWORD_INDEX = 4;
    private static final int ROUTE_INDEX = 5;
    /** Buckets with fewer keyword rules than this get no prefilter nodes. */
    private static final int MIN_PREFILTER_BUCKET = 16;
    /** Buckets with fewer rules than this that need one of a few keywords get no keyword dispatch. */
    private static final int MIN_DISPATCH_BUCKET = 4;
    /** Rules that need one of more keywords than this are not dispatched (one Drools rule per keyword). */
    private static final int MAX_DISPATCH_KEYWORDS = 4;

    private final ConditionPredicates predicates;
    private final boolean keywordDispatch;

    RuleCompiler(ConditionPredicates predicates) {
        this(predicates, true);
    }

    /** With {@code keywordDispatch} false, no bucket gets a {@link KeywordDispatch} (for equivalence tests). */
    RuleCompiler(ConditionPredicates predicates, boolean keywordDispatch) {
        this.predicates = predicates;
        this.keywordDispatch = keywordDispatch;
    }

    /**
     * The KieBase, the index of which rules read which properties, and the content keyword automaton the
     * working facts must carry (null: none needed or too large; conditions then test substrings directly).
     */
    record Compiled(KieBase kieBase, ReaderIndex readers, @Nullable KeywordAutomaton keywords) {
    }

    /** Builds the KieBase for rules already in firing order. */
    Compiled compile(List<RuleMeta> rules) {
        ModelImpl model = new ModelImpl();
        ReaderIndex readers = new ReaderIndex();
        KeywordAutomaton.Builder keywords = new KeywordAutomaton.Builder();
        int n = rules.size();
        KeywordPlan plan = keywordPlan(rules, keywords, keywordDispatch);
        for (RuleMeta meta : rules) {
            int salience = n - meta.index();
            int[] prefilter = plan.prefilters()[meta.index()];
            Route route = plan.routes()[meta.index()];
            if (route == null) {
                model.addRule(droolsRule(meta, salience, readers, true, keywords, prefilter, null, null, ""));
                continue;
            }
            // one rule per required keyword, one for MULTI: the key has one value, so one of them at most is active
            boolean register = true;
            for (Need need : route.needs()) {
                Integer key = route.dispatch().keyOf(need);
                model.addRule(droolsRule(meta, salience, readers, register, keywords, prefilter, route, key,
                        "#k" + key));
                register = false;
            }
            model.addRule(droolsRule(meta, salience, readers, false, keywords, prefilter, route,
                    KeywordDispatch.MULTI, "#multi"));
        }
        return new Compiled(KieBaseBuilder.createKieBaseFromModel(model), readers, keywords.build());
    }

    /**
     * The Drools rule for {@code meta}. With a {@code route}, its pattern needs the bucket's keyword key to be
     * {@code key}, right after the alpha-indexed prefix (or, in a primary bucket, the event's route to be that of
     * {@code key}, in place of the prefix); {@code suffix} then tells the variants' names apart. Registers the rule
     * in {@code readers} when {@code register} (once per rule, not per variant).
     */
    private Rule droolsRule(RuleMeta meta, int salience, ReaderIndex readers, boolean register,
                            KeywordAutomaton.Builder keywords, int @Nullable [] prefilter,
                            @Nullable Route route, @Nullable Integer key, String suffix) {
        Variable<WorkingFact> fact = declarationOf(WorkingFact.class);
        PatternDef<WorkingFact> p = pattern(fact);
        AutomationRule r = meta.rule();
        RuleEvent trigger = r.event().isStatusSpecific() ? RuleEvent.CONVERSATION_STATUS_CHANGED : r.event();
        List<ConditionNode> conjuncts = conjuncts(r.conditions());
        KeywordDispatch dispatch = route == null ? null : route.dispatch();
        boolean routed = route != null && route.primary() && key != null;
        Long inbox = null;
        if (routed) {
            // one hashed node for trigger, inbox and key: the route is that of the event's own trigger and inbox
            long inboxOf = conjuncts.stream().filter(n -> indexKey(n) != null)
                    .mapToLong(n -> Long.parseLong(((Condition) n).values().get(0).trim())).findFirst().orElseThrow();
            inbox = inboxOf;
            Integer value = readers.primary(trigger, inboxOf, route.dispatch())[key + 2];
            p.expr("route==" + value, w -> value.equals(w.route(readers)),
                    alphaIndexedBy(Integer.class, Index.ConstraintType.EQUAL, ROUTE_INDEX, w -> w.route(readers),
                            value), reactOn(WorkingFact.INBOX_ID, WorkingFact.DATA));
        } else {
            p.expr("event==" + trigger.code(), w -> w.getEvent() == trigger,
                    alphaIndexedBy(RuleEvent.class, Index.ConstraintType.EQUAL, EVENT_INDEX, WorkingFact::getEvent,
                            trigger), reactOn(WorkingFact.EVENT));
        }
        if (r.event().isStatusSpecific()) {
            String to = r.event() == RuleEvent.CONVERSATION_OPENED ? "open" : "resolved";
            p.expr("eventStatus==" + to, w -> to.equals(w.getEventStatus()),
                    alphaIndexedBy(String.class, Index.ConstraintType.EQUAL, EVENT_STATUS_INDEX,
                            WorkingFact::getEventStatus, to), reactOn(WorkingFact.EVENT_STATUS));
        }
        List<ConditionNode> rest = new ArrayList<>();
        List<String> props = new ArrayList<>();
        for (ConditionNode node : conjuncts) {
            if (routed && indexKey(node) != null) {
                continue; // the inbox equality: the route node's
            }
            String indexedProp = indexed(p, node);
            if (indexedProp == null) {
                rest.add(node);
            } else if (indexedProp.equals(WorkingFact.INBOX_ID) && inbox == null) {
                inbox = Long.parseLong(((Condition) node).values().get(0).trim());
            } else {
                props.add(indexedProp);
            }
        }
        if (dispatch != null && key != null && !routed) {
            // hashed by Drools: an event reaches only the variant of its key; a bucket's rules share each node
            p.expr("keyword key of bucket " + dispatch.number() + "==" + key,
                    w -> key.equals(w.dispatchKey(dispatch)),
                    alphaIndexedBy(Integer.class, Index.ConstraintType.EQUAL, KEYWORD_INDEX,
                            w -> w.dispatchKey(dispatch), key), reactOn(WorkingFact.DATA));
        }
        if (prefilter != null) {
            // shared by the rules of one group: none of them can match unless one of these keywords occurs
            p.expr("content contains any of keywords " + Arrays.toString(prefilter),
                    w -> w.mayContainAny(prefilter), reactOn(WorkingFact.DATA));
        }
        List<java.util.function.Predicate<WorkingFact>> stable = new ArrayList<>();
        // with the key of one of its needs, the conjunct the needs come from may hold for sure
        ConditionNode implied = route != null && !KeywordDispatch.MULTI.equals(key) ? needsSource(rest) : null;
        // behind a route node of one need's key, a rule's variant is alone (no node to share): its remaining
        // conjuncts and its at-most-once guard make one node, one call instead of one per conjunct
        boolean merge = routed && !KeywordDispatch.MULTI.equals(key);
        List<FactTest> merged = new ArrayList<>();
        List<String> mergedProps = new ArrayList<>();
        for (ConditionNode node : rest) {
            CompiledCondition c = predicates.compile(node, keywords);
            props.addAll(c.props());
            if (node != implied && merge) {
                merged.add(FactTest.of(c.test()));
                mergedProps.addAll(c.props());
            } else if (node != implied) {
                p.expr(c.key(), FactTest.of(c.test()), reactOn(c.props().toArray(String[]::new)));
            }
            if (ReaderIndex.isStable(c.props())) {
                stable.add(c.test());
            }
        }
        if (inbox != null) {
            props.add(WorkingFact.INBOX_ID);
        }
        if (register) {
            readers.add(trigger, inbox, props, meta.index(), predicates.compile(r.conditions()).test(), stable,
                    dispatch, route == null ? List.of() : route.needs().stream().map(dispatch::keyOf).toList());
        }
        int index = meta.index();
        if (merge) {
            FactTest[] tests = merged.toArray(FactTest[]::new);
            mergedProps.add(WorkingFact.FIRED);
            p.expr("notFired#" + index + "&rest" + suffix, w -> !w.hasFired(index) && FactTest.all(tests, w),
                    reactOn(mergedProps.stream().distinct().toArray(String[]::new)));
        } else {
            p.expr("notFired#" + index, w -> !w.hasFired(index), reactOn(WorkingFact.FIRED));
        }
        return rule(PACKAGE, "r" + meta.id().value() + suffix)
                .attribute(Rule.Attribute.SALIENCE, salience)
                .metadata("name", r.name())
                .build(p, execute(() -> FiringContext.current().fire(meta)));
    }

    /**
     * The conjunct among {@code rest} whose required keywords are the rule's needs ({@link #keywordPlan} takes
     * the first that has any), when any one of those needs holding makes it hold; else null.
     */
    private static @Nullable ConditionNode needsSource(List<ConditionNode> rest) {
        for (ConditionNode node : rest) {
            if (requiredKeywords(node) != null) {
                return impliedByAnyNeed(node) ? node : null;
            }
        }
        return null;
    }

    /**
     * True when {@code node} holds as soon as any of its {@link #requiredKeywords} holds: a {@code contains}
     * condition on a standard text attribute, or an {@code any} group (or an {@code all} group of one child) of
     * such nodes.
     */
    private static boolean impliedByAnyNeed(ConditionNode node) {
        if (node instanceof Condition) {
            return requiredKeywords(node) != null;
        }
        ConditionGroup g = (ConditionGroup) node;
        if (g.kind() == ConditionGroup.Kind.ANY || g.kind() == ConditionGroup.Kind.ALL && g.children().size() == 1) {
            return !g.children().isEmpty() && g.children().stream().allMatch(RuleCompiler::impliedByAnyNeed);
        }
        return false;
    }

    /**
     * A keyword-dispatched rule: its bucket and its needs (one variant each). {@code primary}: the bucket's prefix is
     * a trigger that is not status-specific and one {@code inbox_id} equality, so Drools reaches its variants through
     * the route node ({@link ReaderIndex#primary}).
     */
    private record Route(KeywordDispatch dispatch, List<Need> needs, boolean primary) {
    }

    /** By rule index: its keyword prefilter and its route (each null when it has none). */
    private record KeywordPlan(int[][] prefilters, Route[] routes) {
    }

    /**
     * Buckets rules that share their indexed prefix (trigger, indexed equalities) and need some content
     * keyword. A bucket with at least {@link #MIN_DISPATCH_BUCKET} rules that need one of at most
     * {@link #MAX_DISPATCH_KEYWORDS} keywords gets a {@link KeywordDispatch}: those rules are routed by the
     * bucket's keyword key. The bucket's other rules, when there are at least {@link #MIN_PREFILTER_BUCKET},
     * are grouped, about sqrt(n) to a group; each group gets one shared alpha node "content contains one of
     * the group's keywords", a necessary condition of each rule of the group. When it fails, Drools skips the
     * whole group with one test.
     */
    private static KeywordPlan keywordPlan(List<RuleMeta> rules, KeywordAutomaton.Builder keywords,
                                           boolean dispatching) {
        int[][] prefilters = new int[rules.size()][];
        Route[] routes = new Route[rules.size()];
        Map<String, List<RuleMeta>> byPrefix = new LinkedHashMap<>();
        Map<Integer, Set<Need>> required = new HashMap<>();
        Set<String> primaries = new HashSet<>();
        for (RuleMeta meta : rules) {
            AutomationRule r = meta.rule();
            StringBuilder prefix = new StringBuilder(r.event().code());
            Set<Need> need = null;
            int keys = 0;
            boolean inbox = false;
            for (ConditionNode node : conjuncts(r.conditions())) {
                String key = indexKey(node);
                if (key != null) {
                    prefix.append('|').append(key);
                    keys++;
                    inbox = key.startsWith("inbox_id==");
                } else if (need == null) {
                    need = requiredKeywords(node);
                }
            }
            if (need != null) {
                required.put(meta.index(), need);
                byPrefix.computeIfAbsent(prefix.toString(), k -> new ArrayList<>()).add(meta);
                if (keys == 1 && inbox && !r.event().isStatusSpecific()) {
                    primaries.add(prefix.toString());
                }
            }
        }
        int buckets = 0;
        for (Map.Entry<String, List<RuleMeta>> entry : byPrefix.entrySet()) {
            List<RuleMeta> bucket = entry.getValue();
            boolean primary = primaries.contains(entry.getKey());
            List<RuleMeta> routed = bucket.stream()
                    .filter(meta -> required.get(meta.index()).size() <= MAX_DISPATCH_KEYWORDS).toList();
            if (dispatching && routed.size() >= MIN_DISPATCH_BUCKET) {
                List<Need> needs = new ArrayList<>();
                routed.forEach(meta -> needs.addAll(required.get(meta.index())));
                KeywordDispatch dispatch = new KeywordDispatch(buckets++, needs, keywords);
                for (RuleMeta meta : routed) {
                    routes[meta.index()] = new Route(dispatch, List.copyOf(required.get(meta.index())), primary);
                }
            }
            // prefilter nodes test the content only
            List<RuleMeta> others = bucket.stream().filter(meta -> routes[meta.index()] == null
                    && required.get(meta.index()).stream().allMatch(n -> n.attribute() == StandardAttribute.CONTENT))
                    .toList();
            if (others.size() < MIN_PREFILTER_BUCKET) {
                continue; // a scan of the content costs about as much as this many substring tests
            }
            int size = Math.max(4, (int) Math.ceil(Math.sqrt(others.size())));
            for (int from = 0; from < others.size(); from += size) {
                List<RuleMeta> group = others.subList(from, Math.min(others.size(), from + size));
                int[] ids = group.stream().flatMap(meta -> required.get(meta.index()).stream())
                        .mapToInt(n -> keywords.id(n.word())).sorted().distinct().toArray();
                group.forEach(meta -> prefilters[meta.index()] = ids);
            }
        }
        return new KeywordPlan(prefilters, routes);
    }

    /**
     * Keywords of which the node needs one to occur (null when it needs none): a text attribute's
     * {@code contains}; an {@code all} group's first such child; an {@code any} group's union if every child
     * needs one.
     */
    private static @Nullable Set<Need> requiredKeywords(ConditionNode node) {
        if (node instanceof Condition c) {
            if (c.isCustom() || c.operator() != Operator.CONTAINS) {
                return null;
            }
            StandardAttribute a = StandardAttribute.fromKey(c.attribute()).orElse(null);
            if (a == null || StandardTests.text(a) == null) {
                return null;
            }
            Set<Need> needs = new HashSet<>();
            ConditionPredicates.foldAll(c.values()).forEach(v -> needs.add(new Need(a, v)));
            return needs;
        }
        ConditionGroup g = (ConditionGroup) node;
        if (g.kind() == ConditionGroup.Kind.ALL) {
            for (ConditionNode child : g.children()) {
                Set<Need> need = requiredKeywords(child);
                if (need != null) {
                    return need;
                }
            }
            return null;
        }
        if (g.kind() == ConditionGroup.Kind.ANY && !g.children().isEmpty()) {
            Set<Need> union = new HashSet<>();
            for (ConditionNode child : g.children()) {
                Set<Need> need = requiredKeywords(child);
                if (need == null) {
                    return null;
                }
                union.addAll(need);
            }
            return union;
        }
        return null;
    }

    /** The id {@link #indexed} gives the node's alpha-indexed constraint, or null when it is not indexed. */
    private static @Nullable String indexKey(ConditionNode node) {
        if (!(node instanceof Condition c) || c.isCustom() || c.operator() != Operator.EQUAL_TO
                || c.values().size() != 1) {
            return null;
        }
        String value = c.values().get(0).trim();
        if (c.attribute().equals(StandardAttribute.INBOX_ID.key())) {
            try {
                return "inbox_id==" + Long.parseLong(value);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (c.attribute().equals(StandardAttribute.STATUS.key())) {
            return "status==" + Text.fold(value);
        }
        return null;
    }

    /** Top-level conjuncts: the children of an all-root (flattening nested all groups), else the root. */
    private static List<ConditionNode> conjuncts(ConditionGroup root) {
        List<ConditionNode> out = new ArrayList<>();
        if (root.kind() != ConditionGroup.Kind.ALL) {
            out.add(root);
            return out;
        }
        for (ConditionNode child : root.children()) {
            if (child instanceof ConditionGroup g && g.kind() == ConditionGroup.Kind.ALL) {
                out.addAll(conjuncts(g));
            } else {
                out.add(child);
            }
        }
        return out;
    }

    /**
     * Adds an alpha-indexed equality for single-valued inbox_id / status equal_to and returns the property it
     * reads; null when the node is not such a condition.
     */
    private static @Nullable String indexed(PatternDef<WorkingFact> p, ConditionNode node) {
        if (!(node instanceof Condition c) || c.isCustom() || c.operator() != Operator.EQUAL_TO
                || c.values().size() != 1) {
            return null;
        }
        String value = c.values().get(0).trim();
        if (c.attribute().equals(StandardAttribute.INBOX_ID.key())) {
            long inbox;
            try {
                inbox = Long.parseLong(value);
            } catch (NumberFormatException e) {
                return null;
            }
            p.expr("inbox_id==" + inbox, w -> w.getInboxId() == inbox,
                    alphaIndexedBy(Long.class, Index.ConstraintType.EQUAL, INBOX_INDEX, WorkingFact::getInboxId,
                            inbox), reactOn(WorkingFact.INBOX_ID));
            return WorkingFact.INBOX_ID;
        }
        if (c.attribute().equals(StandardAttribute.STATUS.key())) {
            String status = Text.fold(value);
            p.expr("status==" + status, w -> status.equals(w.getStatus()),
                    alphaIndexedBy(String.class, Index.ConstraintType.EQUAL, STATUS_INDEX, WorkingFact::getStatus,
                            status), reactOn(WorkingFact.STATUS));
            return WorkingFact.STATUS;
        }
        return null;
    }
}
