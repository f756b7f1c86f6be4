package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.conversation.Conversation;
import org.junit.jupiter.api.Test;

/** Rules run in list order through real commands, and a later rule sees what earlier ones really did. */
class AutomationOrderingTest {
    private final AutomationFixture f = new AutomationFixture();

    private AutomationRule rule(String name, RuleEvent event, ConditionGroup conditions, RuleAction... actions) {
        AutomationRule.Builder b = AutomationRule.builder().name(name).event(event).conditions(conditions);
        for (RuleAction a : actions) {
            b.action(a);
        }
        return f.rules.create(b.build());
    }

    @Test
    void matchingRulesRunInListOrderAndMovingOneChangesTheOrder() {
        rule("first", RuleEvent.CONVERSATION_CREATED, ConditionGroup.always(),
                RuleAction.of(ActionType.SEND_MESSAGE, "one"));
        AutomationRule second = rule("second", RuleEvent.CONVERSATION_CREATED, ConditionGroup.always(),
                RuleAction.of(ActionType.SEND_MESSAGE, "two"));

        Conversation before = f.start(f.email, "Ada", "");
        f.rules.move(second.id().orElseThrow(), 0);
        Conversation after = f.start(f.email, "Grace", "");

        assertThat(f.automated(before.id())).containsExactly("one", "two");
        assertThat(f.automated(after.id())).containsExactly("two", "one");
    }

    @Test
    void aLaterRuleSeesTheChangesOfEarlierOnes() {
        AutomationRule vip = rule("label vip", RuleEvent.CONVERSATION_CREATED, ConditionGroup.always(),
                RuleAction.of(ActionType.ADD_LABEL, "vip"));
        AutomationRule assign = rule("vip to Alice", RuleEvent.CONVERSATION_CREATED,
                ConditionGroup.all(Condition.of("labels", Operator.EQUAL_TO, "vip")),
                RuleAction.of(ActionType.ASSIGN_AGENT, f.alice.id().value()));
        rule("flag unassigned", RuleEvent.CONVERSATION_CREATED,
                ConditionGroup.all(Condition.of("assignee_id", Operator.IS_NOT_PRESENT)),
                RuleAction.of(ActionType.ADD_LABEL, "refund"));

        Conversation c = f.start(f.email, "Ada", "Hello");

        Conversation now = f.get(c.id());
        assertThat(now.labels()).containsExactly("vip");
        assertThat(now.assigneeId()).contains(f.alice.id());
        assertThat(f.fired(c.id())).singleElement().satisfies(r -> assertThat(r.matchedRules())
                .containsExactly(vip.id().orElseThrow(), assign.id().orElseThrow()));
    }

    @Test
    void aLaterRuleSeesWhatTheCommandReallyDidNotWhatTheActionSuggests() {
        // Carol's team change drops an assignee who is not a team member: core does that, the plan alone would not
        rule("assign Alice", RuleEvent.CONVERSATION_CREATED, ConditionGroup.always(),
                RuleAction.of(ActionType.ASSIGN_AGENT, f.alice.id().value()),
                RuleAction.of(ActionType.ASSIGN_TEAM, f.sales.id().value()));
        rule("flag unassigned", RuleEvent.CONVERSATION_CREATED,
                ConditionGroup.all(Condition.of("assignee_id", Operator.IS_NOT_PRESENT)),
                RuleAction.of(ActionType.ADD_LABEL, "refund"));

        Conversation c = f.start(f.email, "Ada", "Hello");

        Conversation now = f.get(c.id());
        assertThat(now.teamId()).contains(f.sales.id());
        assertThat(now.assigneeId()).isEmpty();
        assertThat(now.labels()).containsExactly("refund");
    }

    @Test
    void aRuleThatAnEarlierRuleMadeFalseDoesNotFire() {
        rule("resolve", RuleEvent.MESSAGE_CREATED, ConditionGroup.all(Condition.of("content", Operator.CONTAINS,
                "thanks")), RuleAction.of(ActionType.RESOLVE_CONVERSATION));
        rule("open ones get a note", RuleEvent.MESSAGE_CREATED,
                ConditionGroup.all(Condition.of("status", Operator.EQUAL_TO, "open")),
                RuleAction.of(ActionType.ADD_PRIVATE_NOTE, "still open"));

        Conversation c = f.start(f.email, "Ada", "");
        f.desk.conversations().receive(c.id(), "thanks, all good");

        assertThat(f.get(c.id()).status().code()).isEqualTo("resolved");
        assertThat(f.automated(c.id())).isEmpty();
    }

    @Test
    void eachRuleFiresAtMostOncePerEvent() {
        rule("label", RuleEvent.CONVERSATION_CREATED, ConditionGroup.always(),
                RuleAction.of(ActionType.ADD_LABEL, "vip"), RuleAction.of(ActionType.SEND_MESSAGE, "hello"));
        Conversation c = f.start(f.email, "Ada", "");
        assertThat(f.automated(c.id())).containsExactly("hello");
    }
}
