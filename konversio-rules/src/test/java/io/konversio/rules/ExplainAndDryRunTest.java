package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.conversation.Conversation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Explaining a rule on a conversation and dry-running an event, without changing anything. */
class ExplainAndDryRunTest {
    private final AutomationFixture f = new AutomationFixture();

    @Test
    void explainSaysWhichConditionsHeldForTheConversationAsItIsNow() {
        AutomationRule rule = f.rules.create(AutomationRule.builder().name("vip refunds")
                .event(RuleEvent.MESSAGE_CREATED)
                .allOf(Condition.of("content", Operator.CONTAINS, "refund"),
                        Condition.of("labels", Operator.EQUAL_TO, "vip"))
                .action(RuleAction.of(ActionType.ASSIGN_TEAM, f.billing.id().value())).build());
        Conversation c = f.start(f.email, "Ada", "I want a refund");

        Explanation before = f.rules.explain(rule.id().orElseThrow(), c.id());
        assertThat(before.triggerMatches()).isTrue();
        assertThat(before.conditions()).extracting(Explanation.ConditionResult::path, Explanation.ConditionResult::held)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.conditions.all[0]", true),
                        org.assertj.core.groups.Tuple.tuple("$.conditions.all[1]", false));
        assertThat(before.matches()).isFalse();

        f.desk.conversations().addLabels(c.id(), List.of("vip"), Actor.agent(f.alice.id()));
        assertThat(f.rules.explain(rule.id().orElseThrow(), c.id()).matches()).isTrue();
    }

    @Test
    void dryRunListsWhatWouldHappenWithoutDoingIt() {
        AutomationRule label = f.rules.create(AutomationRule.builder().name("label").event(RuleEvent.MESSAGE_CREATED)
                .allOf(Condition.of("content", Operator.CONTAINS, "refund"))
                .action(RuleAction.of(ActionType.ADD_LABEL, "refund"))
                .action(RuleAction.of(ActionType.SEND_MESSAGE, "On it!")).build());
        f.rules.create(AutomationRule.builder().name("sees the label").event(RuleEvent.MESSAGE_CREATED)
                .allOf(Condition.of("labels", Operator.EQUAL_TO, "refund"))
                .action(RuleAction.of(ActionType.ASSIGN_TEAM, f.billing.id().value())).build());
        f.rules.disable(label.id().orElseThrow());
        Conversation c = f.start(f.email, "Ada", "refund please");
        f.rules.enable(label.id().orElseThrow());
        int messages = f.messages(c.id()).size();

        EvaluationResult dry = f.rules.dryRun(RuleEvent.MESSAGE_CREATED, c.id());

        assertThat(dry.matchedRules()).hasSize(2);
        assertThat(dry.actions()).extracting(ActionRecord::outcome).containsOnly(ActionRecord.Outcome.PLANNED);
        assertThat(dry.plannedActions()).extracting(a -> a.action().name())
                .containsExactly("add_label", "send_message", "assign_team");
        assertThat(dry.finalFact().teamId()).isEqualTo(f.billing.id().value());
        assertThat(f.get(c.id()).labels()).isEmpty();
        assertThat(f.get(c.id()).teamId()).isEmpty();
        assertThat(f.messages(c.id())).hasSize(messages);
    }

    @Test
    void dryRunOfAHandMadeFact() {
        f.rules.create(AutomationRule.builder().name("night").event(RuleEvent.CONVERSATION_CREATED)
                .allOf(Condition.of("business_hours", Operator.EQUAL_TO, "outside"))
                .action(RuleAction.of(ActionType.SEND_MESSAGE, "closed")).build());
        ConversationFact night = ConversationFact.builder().event(RuleEvent.CONVERSATION_CREATED)
                .occurredAt(AutomationFixture.SATURDAY_10).accountId(f.desk.accountId().value())
                .inBusinessHours(false).build();
        assertThat(f.rules.dryRun(night).plannedActions()).hasSize(1);
        assertThat(f.rules.dryRun(night.toBuilder().inBusinessHours(true).build()).plannedActions()).isEmpty();
    }
}
