package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.inbox.InboxId;
import io.konversio.rules.internal.Text;
import io.konversio.rules.spi.RuleReferences;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every hostile string is stored and matched as plain data: never code, never a pattern. */
class HostileInputTest {
    private static final List<String> CORPUS = HostileCorpus.values();
    private static final RuleJson JSON = RuleJson.create();
    private static final RuleReferences REFS = new RuleReferences() {
        private final TestReferences base = new TestReferences();

        @Override
        public boolean agentExists(AccountId account, AgentId agent) {
            return base.agentExists(account, agent);
        }

        @Override
        public boolean teamExists(AccountId account, TeamId team) {
            return base.teamExists(account, team);
        }

        @Override
        public boolean inboxExists(AccountId account, InboxId inbox) {
            return base.inboxExists(account, inbox);
        }

        @Override
        public boolean labelExists(AccountId account, String label) {
            return true;
        }

        @Override
        public Optional<AttributeType> customAttribute(AccountId account, CustomAttributeModel model, String key) {
            return base.customAttribute(account, model, key);
        }
    };
    private static final RuleEngine ENGINE = RuleEngine.builder().references(REFS).build();

    static Stream<Integer> indexes() {
        return IntStream.range(0, CORPUS.size()).boxed();
    }

    @Test
    void theCorpusHasAtLeastAHundredValues() {
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(100).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("indexes")
    void storedAsNameLabelKeywordAndCustomValueItRoundTripsAndMatchesLiterally(int i) {
        String v = CORPUS.get(i);
        // a blank name or message is rejected by validation (tested below); wrap those so the rest is checked
        String text = v.isBlank() ? "[" + v + "]" : v;
        AutomationRule rule = AutomationRule.builder().id(1).accountId(5000 + i).name(text).description(v)
                .event(RuleEvent.MESSAGE_CREATED)
                .conditions(ConditionGroup.all(
                        Condition.of("content", Operator.CONTAINS, v),
                        Condition.of("labels", Operator.EQUAL_TO, v),
                        Condition.custom(CustomAttributeModel.CONTACT, "nickname", Operator.EQUAL_TO, v)))
                .action(RuleAction.of("add_label", v))
                .action(RuleAction.of("send_message", text))
                .build();
        if (v.isBlank()) {
            assertThat(RuleValidator.of(Facts.ACCOUNT, REFS).problems(rule.toBuilder().name(v).build()))
                    .extracting(RuleProblem::path).containsExactly("$.name");
        }

        assertThat(RuleValidator.of(Facts.ACCOUNT, REFS).problems(rule)).isEmpty();
        AutomationRule back = JSON.read(JSON.write(rule), RuleValidator.of(Facts.ACCOUNT, REFS));
        assertThat(back).isEqualTo(rule);

        ENGINE.replaceRules(rule.accountId(), List.of(back));
        ConversationFact matching = Facts.message("before " + v + " after").accountId(rule.accountId())
                .label(v).contactAttribute("nickname", v).build();
        EvaluationResult result = ENGINE.evaluate(matching);
        assertThat(result.matchedRules()).containsExactly(RuleId.of(1));
        assertThat(result.plannedActions()).extracting(a -> a.action().params().get(0)).containsExactly(v, text);

        String other = Text.fold("nothing_to_see_here").contains(Text.fold(v)) ? "" : "nothing_to_see_here";
        assertThat(ENGINE.evaluate(matching.toBuilder().content(other).build()).matchedRules()).isEmpty();
        assertThat(ENGINE.evaluate(matching.toBuilder().labels(Set.of("other")).build()).matchedRules()).isEmpty();
        assertThat(ENGINE.evaluate(matching.toBuilder().contactAttribute("nickname", v + "x").build())
                .matchedRules()).isEmpty();
        ENGINE.evict(rule.accountId());
    }

    @Test
    void allHostileRulesInOneRuleBaseMatchExactlyWhatPlainJavaSays() {
        List<AutomationRule> rules = new ArrayList<>();
        for (int i = 0; i < CORPUS.size(); i++) {
            rules.add(AutomationRule.builder().id(i + 1).accountId(4242).name(CORPUS.get(i)).position(i)
                    .event(RuleEvent.MESSAGE_CREATED)
                    .allOf(Condition.of("content", Operator.CONTAINS, CORPUS.get(i)))
                    .action(RuleAction.of("send_message", CORPUS.get(i))).build());
        }
        ENGINE.replaceRules(4242, rules);
        for (String content : CORPUS) {
            List<RuleId> expected = new ArrayList<>();
            for (int j = 0; j < CORPUS.size(); j++) {
                if (Text.fold(content).contains(Text.fold(CORPUS.get(j)))) {
                    expected.add(RuleId.of(j + 1));
                }
            }
            EvaluationResult result = ENGINE.evaluate(Facts.message(content).accountId(4242).build());
            assertThat(result.matchedRules()).as("content %s", content.length() > 40
                    ? content.substring(0, 40) + "..." : content).isEqualTo(expected);
        }
        Set<RuleId> unique = new HashSet<>(ENGINE.evaluate(Facts.message(String.join(" ", CORPUS))
                .accountId(4242).build()).matchedRules());
        assertThat(unique).hasSize(CORPUS.size());
    }
}
