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
import io.konversio.rules.Operator;
import io.konversio.rules.RuleAction;
import io.konversio.rules.RuleEngine;
import io.konversio.rules.RuleEvent;
import io.konversio.rules.RuleId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The content keyword automaton and the shared keyword prefilter nodes change no result: with many rules on
 * the same trigger and inbox, Drools matches exactly the rules whose plain predicates hold.
 */
class KeywordPrefilterTest {
    private final ConditionPredicates plain = new ConditionPredicates((model, key) -> AttributeType.TEXT);

    @Test
    void droolsMatchesThePlainPredicatesWithManyKeywordRules() {
        qt().withExamples(60).forAll(integers().between(0, 1_000_000),
                        lists().of(strings().betweenCodePoints('a', 'e').ofLengthBetween(0, 40)).ofSizeBetween(1, 8))
                .checkAssert((seed, contents) -> {
                    Random random = new Random(seed);
                    List<AutomationRule> rules = new ArrayList<>();
                    int count = 5 + random.nextInt(150);
                    for (int i = 0; i < count; i++) {
                        rules.add(AutomationRule.builder().id(i + 1).accountId(1).name("r" + i).position(i)
                                .event(RuleEvent.MESSAGE_CREATED).conditions(conditions(random))
                                .action(RuleAction.of("send_message", "hi from r" + i)).build());
                    }
                    RuleEngine engine = RuleEngine.builder().build();
                    engine.replaceRules(1, rules);
                    for (String content : contents) {
                        String shown = random.nextBoolean() ? content.toUpperCase(java.util.Locale.ROOT) : content;
                        ConversationFact fact = ConversationFact.builder().event(RuleEvent.MESSAGE_CREATED)
                                .occurredAt(Instant.parse("2026-06-05T10:15:30Z")).accountId(1).conversationId(7)
                                .inboxId(1 + random.nextInt(2)).content(random.nextInt(10) == 0 ? null : shown)
                                .messageType("incoming").build();
                        List<RuleId> expected = new ArrayList<>();
                        for (AutomationRule r : rules) {
                            if (plain.compile(r.conditions()).test().test(new WorkingFact(fact))) {
                                expected.add(r.id().orElseThrow());
                            }
                        }
                        assertThat(engine.evaluate(fact).matchedRules()).as("content %s", fact.content())
                                .containsExactlyElementsOf(expected);
                    }
                });
    }

    private static ConditionGroup conditions(Random random) {
        Condition inbox = Condition.of("inbox_id", Operator.EQUAL_TO, Integer.toString(1 + random.nextInt(2)));
        ConditionNode a = contains(random);
        ConditionNode b = contains(random);
        return switch (random.nextInt(7)) {
            case 0 -> ConditionGroup.all(a);
            case 1 -> ConditionGroup.all(inbox, a);
            case 2 -> ConditionGroup.all(inbox, ConditionGroup.any(a, b));
            case 3 -> ConditionGroup.all(inbox, a, Condition.of("content", Operator.DOES_NOT_CONTAIN, keyword(random)));
            case 4 -> ConditionGroup.all(inbox, ConditionGroup.not(a));
            case 5 -> ConditionGroup.all(inbox, Condition.of("content", Operator.CONTAINS, keyword(random),
                    keyword(random)));
            default -> ConditionGroup.all(inbox, ConditionGroup.any(a, Condition.of("mail_subject", Operator.CONTAINS,
                    keyword(random))));
        };
    }

    private static Condition contains(Random random) {
        return Condition.of("content", Operator.CONTAINS, keyword(random));
    }

    private static String keyword(Random random) {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            char c = (char) ('a' + random.nextInt(5));
            s.append(random.nextInt(4) == 0 ? Character.toUpperCase(c) : c);
        }
        return s.toString();
    }
}
