package io.konversio.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.konversio.rules.AttributeType;
import io.konversio.rules.AutomationRule;
import io.konversio.rules.Condition;
import io.konversio.rules.ConditionGroup;
import io.konversio.rules.ConditionNode;
import io.konversio.rules.ConversationFact;
import io.konversio.rules.EvaluationResult;
import io.konversio.rules.Operator;
import io.konversio.rules.RuleAction;
import io.konversio.rules.RuleEvent;
import io.konversio.rules.spi.ActionExecutor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Routing rules by their bucket's keyword key ({@link KeywordDispatch}, and the route node of a trigger and inbox's
 * primary bucket) changes no result: the same rules, compiled with and without it, match the same rules in the same
 * order, with two triggers, buckets with a status equality beside the inbox, inboxes no rule names, chaining (label
 * and status changes read by later rules, an executor that appends keywords to the content so the key itself changes
 * mid-evaluation),
 * the at-most-once guard, and contents and mail subjects holding none, one or several of a bucket's
 * keywords.
 */
class KeywordDispatchTest {
    private static final String[] LABELS = {"x", "y", "z"};
    private static final String[] WORDS = {"refund", "invoice", "urgent", "cancel", "hello"};
    private final ConditionPredicates predicates = new ConditionPredicates((model, key) -> AttributeType.TEXT);

    /** add_label / remove_label as usual; send_message appends its text to the content (a change of DATA). */
    private static final ActionExecutor APPENDING = (planned, fact) -> {
        RuleAction a = planned.action();
        if (a.name().equals("send_message")) {
            String content = fact.content() == null ? "" : fact.content();
            return fact.toBuilder().content(content + " " + a.params().get(0)).build();
        }
        return fact.withActionApplied(a);
    };

    @Test
    void dispatchedRulesMatchExactlyLikeUndispatchedOnes() {
        qt().withExamples(100).forAll(integers().between(0, 1_000_000),
                        lists().of(strings().betweenCodePoints('a', 'd').ofLengthBetween(0, 30)).ofSizeBetween(1, 6))
                .checkAssert((seed, noise) -> {
                    Random random = new Random(seed);
                    List<RuleMeta> metas = new ArrayList<>();
                    int count = 4 + random.nextInt(60);
                    for (int i = 0; i < count; i++) {
                        AutomationRule rule = AutomationRule.builder().id(i + 1).accountId(1).name("r" + i)
                                .position(i).event(event(random)).conditions(conditions(random))
                                .action(action(random)).build();
                        metas.add(new RuleMeta(i, rule.id().orElseThrow(), rule));
                    }
                    CompiledRuleSet dispatched = ruleSet(metas, true);
                    CompiledRuleSet plain = ruleSet(metas, false);
                    try {
                        List<String> contents = new ArrayList<>(noise); // many keywords each: MULTI
                        for (int i = 0; i < 12; i++) {
                            contents.add(words(random)); // none, one or a few keywords
                        }
                        for (String content : contents) {
                            ConversationFact fact = fact(random, content);
                            for (ActionExecutor executor : List.of(ActionExecutor.planOnly(), APPENDING)) {
                                EvaluationResult expected = plain.evaluate(fact, executor, false);
                                EvaluationResult actual = dispatched.evaluate(fact, executor, false);
                                assertThat(actual.matchedRules()).as("content %s", fact.content())
                                        .containsExactlyElementsOf(expected.matchedRules());
                                assertThat(actual.finalFact()).isEqualTo(expected.finalFact());
                                assertThat(actual.plannedActions()).isEqualTo(expected.plannedActions());
                            }
                        }
                    } finally {
                        dispatched.close();
                        plain.close();
                    }
                });
    }

    @Test
    void bucketsOfKeywordRulesAreDispatched() {
        List<RuleMeta> metas = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            AutomationRule rule = AutomationRule.builder().id(i + 1).accountId(1).name("r" + i).position(i)
                    .event(RuleEvent.MESSAGE_CREATED).conditions(ConditionGroup.all(
                            Condition.of("inbox_id", Operator.EQUAL_TO, "1"),
                            Condition.of("content", Operator.CONTAINS, "kw" + i)))
                    .action(RuleAction.of("add_label", "l" + i)).build();
            metas.add(new RuleMeta(i, rule.id().orElseThrow(), rule));
        }
        // one Drools rule per keyword and one for contents with several keywords
        assertThat(new RuleCompiler(predicates).compile(metas).kieBase().getKiePackages().stream()
                .mapToInt(p -> p.getRules().size()).sum()).isEqualTo(16);
        assertThat(new RuleCompiler(predicates, false).compile(metas).kieBase().getKiePackages().stream()
                .mapToInt(p -> p.getRules().size()).sum()).isEqualTo(8);
    }

    @Test
    void anEventNoRuleCanMatchSkipsTheSession() {
        List<RuleMeta> metas = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            metas.add(meta(i, RuleEvent.MESSAGE_CREATED, ConditionGroup.all(
                    Condition.of("inbox_id", Operator.EQUAL_TO, "1"),
                    Condition.of("content", Operator.CONTAINS, "kw" + i))));
        }
        ReaderIndex dispatchedOnly = new RuleCompiler(predicates).compile(metas).readers();
        assertThat(dispatchedOnly.mayFire(working(RuleEvent.MESSAGE_CREATED, 1, "hello KW3"))).isTrue();
        assertThat(dispatchedOnly.mayFire(working(RuleEvent.MESSAGE_CREATED, 1, "kw1 and kw2"))).isTrue();
        assertThat(dispatchedOnly.mayFire(working(RuleEvent.MESSAGE_CREATED, 1, "hello"))).isFalse();
        assertThat(dispatchedOnly.mayFire(working(RuleEvent.MESSAGE_CREATED, 1, null))).isFalse();
        assertThat(dispatchedOnly.mayFire(working(RuleEvent.MESSAGE_CREATED, 2, "kw3"))).isFalse();
        assertThat(dispatchedOnly.mayFire(working(RuleEvent.CONVERSATION_CREATED, 1, "kw3"))).isFalse();
        // the gate is exact: what it lets through and what it does not, Drools matches alike
        CompiledRuleSet set = ruleSet(metas, true);
        try {
            assertThat(set.evaluate(working(RuleEvent.MESSAGE_CREATED, 1, "hello KW3").getData(),
                    ActionExecutor.planOnly(), true).matchedRules()).hasSize(1);
            assertThat(set.evaluate(working(RuleEvent.MESSAGE_CREATED, 1, "hello").getData(),
                    ActionExecutor.planOnly(), true).matchedRules()).isEmpty();
        } finally {
            set.close();
        }

        // a rule that is not dispatched (no inbox condition, no keyword) always goes to Drools
        List<RuleMeta> withPlain = new ArrayList<>(metas);
        withPlain.add(meta(8, RuleEvent.MESSAGE_CREATED, ConditionGroup.all(
                Condition.of("labels", Operator.EQUAL_TO, "vip"))));
        ReaderIndex mixed = new RuleCompiler(predicates).compile(withPlain).readers();
        assertThat(mixed.mayFire(working(RuleEvent.MESSAGE_CREATED, 1, "hello"))).isTrue();
        assertThat(mixed.mayFire(working(RuleEvent.MESSAGE_CREATED, 2, null))).isTrue();
        assertThat(mixed.mayFire(working(RuleEvent.CONVERSATION_CREATED, 1, "kw3"))).isFalse();
        // and so does every rule when dispatch is off
        assertThat(new RuleCompiler(predicates, false).compile(metas).readers()
                .mayFire(working(RuleEvent.MESSAGE_CREATED, 1, "hello"))).isTrue();
    }

    private static RuleMeta meta(int i, RuleEvent event, ConditionGroup conditions) {
        AutomationRule rule = AutomationRule.builder().id(i + 1).accountId(1).name("r" + i).position(i)
                .event(event).conditions(conditions).action(RuleAction.of("add_label", "l" + i)).build();
        return new RuleMeta(i, rule.id().orElseThrow(), rule);
    }

    private static WorkingFact working(RuleEvent event, long inbox, String content) {
        return new WorkingFact(ConversationFact.builder().event(event)
                .occurredAt(Instant.parse("2026-06-05T10:15:30Z")).accountId(1).conversationId(7).inboxId(inbox)
                .messageType("incoming").content(content).build());
    }

    private CompiledRuleSet ruleSet(List<RuleMeta> metas, boolean dispatch) {
        RuleCompiler.Compiled c = new RuleCompiler(predicates, dispatch).compile(metas);
        return new CompiledRuleSet(1, c.kieBase(), c.readers(), c.keywords(),
                metas.stream().map(RuleMeta::rule).toList());
    }

    private static ConversationFact fact(Random random, String content) {
        ConversationFact.Builder b = ConversationFact.builder().event(event(random))
                .occurredAt(Instant.parse("2026-06-05T10:15:30Z")).accountId(1).conversationId(7)
                .inboxId(1 + random.nextInt(3)).messageType("incoming") // no rule is on inbox 3
                .status(random.nextBoolean() ? "open" : "pending")
                .mailSubject(random.nextBoolean() ? null : keyword(random) + " " + keyword(random))
                .content(random.nextInt(10) == 0 ? null
                        : random.nextBoolean() ? content.toUpperCase(Locale.ROOT) : content);
        for (String label : LABELS) {
            if (random.nextInt(3) == 0) {
                b.label(label);
            }
        }
        return b.build();
    }

    private static RuleAction action(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> RuleAction.of("add_label", label(random));
            case 1 -> RuleAction.of("remove_label", label(random));
            case 2 -> RuleAction.of("send_message", keyword(random));
            case 3 -> RuleAction.of("change_status", random.nextBoolean() ? "open" : "pending");
            default -> RuleAction.of("add_label", label(random), label(random));
        };
    }

    private static ConditionGroup conditions(Random random) {
        Condition inbox = Condition.of("inbox_id", Operator.EQUAL_TO, Integer.toString(1 + random.nextInt(2)));
        ConditionNode a = contains(random);
        Condition has = Condition.of("labels", Operator.EQUAL_TO, label(random));
        Condition hasNot = Condition.of("labels", Operator.NOT_EQUAL_TO, label(random));
        return switch (random.nextInt(13)) {
            case 0 -> ConditionGroup.all(a);
            case 1 -> ConditionGroup.all(inbox, a);
            case 2 -> ConditionGroup.all(inbox, a, has);
            case 3 -> ConditionGroup.all(inbox, a, hasNot);
            case 4 -> ConditionGroup.all(inbox, ConditionGroup.any(a, contains(random)), has);
            case 5 -> ConditionGroup.all(inbox, Condition.of("content", Operator.CONTAINS, keyword(random),
                    keyword(random), keyword(random)));
            case 6 -> ConditionGroup.all(inbox, a, Condition.of("content", Operator.DOES_NOT_CONTAIN,
                    keyword(random)));
            case 7 -> ConditionGroup.all(inbox, has);
            case 8 -> ConditionGroup.all(inbox, Condition.of("mail_subject", Operator.CONTAINS, keyword(random)),
                    hasNot);
            // a second indexed equality: a bucket that is not its trigger and inbox's primary one
            case 11 -> ConditionGroup.all(Condition.of("status", Operator.EQUAL_TO, "open"), inbox, a);
            case 12 -> ConditionGroup.all(Condition.of("status", Operator.EQUAL_TO, "open"), a);
            case 9 -> ConditionGroup.all(inbox, ConditionGroup.any(a, Condition.of("mail_subject",
                    Operator.CONTAINS, keyword(random), keyword(random))));
            default -> ConditionGroup.all(inbox, ConditionGroup.any(a, Condition.of("mail_subject",
                    Operator.CONTAINS, keyword(random))));
        };
    }

    /** Two triggers, so that buckets of one inbox differ by trigger. */
    private static RuleEvent event(Random random) {
        return random.nextInt(4) == 0 ? RuleEvent.CONVERSATION_CREATED : RuleEvent.MESSAGE_CREATED;
    }

    private static Condition contains(Random random) {
        return Condition.of("content", Operator.CONTAINS, keyword(random));
    }

    private static String label(Random random) {
        return LABELS[random.nextInt(LABELS.length)];
    }

    /** A short keyword of a, b, c, d (they occur in random text), or one of a few words (they occur alone). */
    private static String keyword(Random random) {
        StringBuilder s = new StringBuilder();
        if (random.nextBoolean()) {
            s.append(WORDS[random.nextInt(WORDS.length)]);
        } else {
            int n = 1 + random.nextInt(2);
            for (int i = 0; i < n; i++) {
                s.append((char) ('a' + random.nextInt(4)));
            }
        }
        return random.nextInt(4) == 0 ? s.toString().toUpperCase(Locale.ROOT) : s.toString();
    }

    /** Text of filler words and up to two of {@link #WORDS}. */
    private static String words(Random random) {
        List<String> out = new ArrayList<>();
        int keywords = random.nextInt(3);
        for (int i = 0; i < keywords; i++) {
            out.add(WORDS[random.nextInt(WORDS.length)]);
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            out.add(random.nextInt(out.size() + 1), "zzz");
        }
        return String.join(" ", out);
    }
}
