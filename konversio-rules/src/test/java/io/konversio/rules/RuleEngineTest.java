package io.konversio.rules;

import static io.konversio.rules.Facts.created;
import static io.konversio.rules.Facts.message;
import static io.konversio.rules.Facts.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.rules.spi.ActionExecutor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleEngineTest {
    private final RuleEngine engine = RuleEngine.builder().references(new TestReferences()).build();

    @Test
    void laterRuleSeesTheLabelAnEarlierRuleAdded() {
        engine.replaceRules(1, List.of(
                rule(1, 0, RuleEvent.MESSAGE_CREATED).allOf(Condition.of("content", Operator.CONTAINS, "refund"))
                        .action(RuleAction.of("add_label", "billing")).build(),
                rule(2, 1, RuleEvent.MESSAGE_CREATED).allOf(Condition.of("labels", Operator.EQUAL_TO, "billing"))
                        .action(RuleAction.of("assign_team", 10L)).build()));

        EvaluationResult result = engine.evaluate(message("I want a REFUND please").build());

        assertThat(result.matchedRules()).containsExactly(RuleId.of(1), RuleId.of(2));
        assertThat(result.finalFact().labels()).containsExactly("billing");
        assertThat(result.finalFact().teamId()).isEqualTo(10L);
        assertThat(result.event().labels()).isEmpty();
    }

    @Test
    void rulesFireInPositionOrderNotIdOrder() {
        engine.replaceRules(1, List.of(
                rule(3, 1, RuleEvent.MESSAGE_CREATED).action(RuleAction.of("add_label", "sales")).build(),
                rule(5, 0, RuleEvent.MESSAGE_CREATED).action(RuleAction.of("add_label", "vip")).build(),
                rule(4, 1, RuleEvent.MESSAGE_CREATED).action(RuleAction.of("add_label", "spam")).build()));

        assertThat(engine.evaluate(message("hi").build()).matchedRules())
                .containsExactly(RuleId.of(5), RuleId.of(3), RuleId.of(4));
        assertThat(engine.rules(1)).extracting(r -> r.id().orElseThrow().value()).containsExactly(5L, 3L, 4L);
    }

    @Test
    void anEarlierRuleCanSwitchOffALaterOne() {
        engine.replaceRules(1, List.of(
                rule(1, 0, RuleEvent.MESSAGE_CREATED).action(RuleAction.of("remove_label", "vip")).build(),
                rule(2, 1, RuleEvent.MESSAGE_CREATED).allOf(Condition.of("labels", Operator.EQUAL_TO, "vip"))
                        .action(RuleAction.of("assign_agent", 1L)).build()));

        EvaluationResult result = engine.evaluate(message("hi").label("vip").build());

        assertThat(result.matchedRules()).containsExactly(RuleId.of(1));
        assertThat(result.finalFact().assigneeId()).isNull();
    }

    @Test
    void rulesThatWouldTriggerEachOtherForeverFireOnceEach() {
        engine.replaceRules(1, List.of(
                rule(1, 0, RuleEvent.MESSAGE_CREATED).allOf(Condition.of("labels", Operator.NOT_EQUAL_TO, "vip"))
                        .action(RuleAction.of("add_label", "vip")).action(RuleAction.of("remove_label", "spam"))
                        .build(),
                rule(2, 1, RuleEvent.MESSAGE_CREATED).allOf(Condition.of("labels", Operator.NOT_EQUAL_TO, "spam"))
                        .action(RuleAction.of("add_label", "spam")).action(RuleAction.of("remove_label", "vip"))
                        .build()));

        EvaluationResult result = engine.evaluate(message("ping").build());

        assertThat(result.matchedRules()).containsExactly(RuleId.of(1), RuleId.of(2));
        assertThat(result.firingLimitReached()).isFalse();
        assertThat(result.finalFact().labels()).containsExactly("spam");
    }

    @Test
    void aRuleEnabledByALaterRuleStillFiresOnceAfterIt() {
        engine.replaceRules(1, List.of(
                rule(1, 0, RuleEvent.MESSAGE_CREATED).allOf(Condition.of("labels", Operator.EQUAL_TO, "billing"))
                        .action(RuleAction.of("change_priority", "high")).build(),
                rule(2, 1, RuleEvent.MESSAGE_CREATED).allOf(Condition.of("content", Operator.CONTAINS, "refund"))
                        .action(RuleAction.of("add_label", "billing")).build()));

        EvaluationResult result = engine.evaluate(message("refund").build());

        assertThat(result.matchedRules()).containsExactly(RuleId.of(2), RuleId.of(1));
        assertThat(result.finalFact().priority()).isEqualTo("high");
    }

    @Test
    void aRuleNeedingTwoEarlierChangesSeesBoth() {
        engine.replaceRules(1, List.of(
                rule(1, 0, RuleEvent.MESSAGE_CREATED).action(RuleAction.of("add_label", "billing")).build(),
                rule(2, 1, RuleEvent.MESSAGE_CREATED).action(RuleAction.of("change_priority", "high")).build(),
                rule(3, 2, RuleEvent.MESSAGE_CREATED).allOf(Condition.of("labels", Operator.EQUAL_TO, "billing"),
                        Condition.of("priority", Operator.EQUAL_TO, "high"))
                        .action(RuleAction.of("assign_agent", 3L)).build(),
                rule(4, 3, RuleEvent.MESSAGE_CREATED).allOf(Condition.of("labels", Operator.NOT_EQUAL_TO, "billing"))
                        .action(RuleAction.of("assign_agent", 1L)).build()));

        EvaluationResult result = engine.evaluate(message("x").build());

        assertThat(result.matchedRules()).containsExactly(RuleId.of(1), RuleId.of(2), RuleId.of(3));
        assertThat(result.finalFact().assigneeId()).isEqualTo(3L);
    }

    @Test
    void aFailingActionIsRecordedAndTheOthersStillRun() {
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        RuleEngine failing = RuleEngine.builder().executor((action, current) -> {
            if (action.action().name().equals("send_webhook_event")) {
                throw new IllegalStateException("webhook down");
            }
            done.add(action.action().name());
            return current.withActionApplied(action.action());
        }).build();
        failing.replaceRules(1, List.of(
                rule(1, 0, RuleEvent.MESSAGE_CREATED)
                        .action(RuleAction.of("send_webhook_event", "https://example.com/h"))
                        .action(RuleAction.of("add_label", "billing")).build(),
                rule(2, 1, RuleEvent.MESSAGE_CREATED).allOf(Condition.of("labels", Operator.EQUAL_TO, "billing"))
                        .action(RuleAction.of("resolve_conversation")).build()));

        EvaluationResult result = failing.evaluate(message("x").build());

        assertThat(result.failedActions()).singleElement().satisfies(a -> {
            assertThat(a.action().action().name()).isEqualTo("send_webhook_event");
            assertThat(a.cause()).get().extracting(Throwable::getMessage).isEqualTo("webhook down");
        });
        assertThat(done).containsExactly("add_label", "resolve_conversation");
        assertThat(result.matchedRules()).containsExactly(RuleId.of(1), RuleId.of(2));
        assertThat(result.finalFact().status()).isEqualTo("resolved");
    }

    @Test
    void dryRunPlansWithoutExecuting() {
        List<PlannedAction> executed = new ArrayList<>();
        RuleEngine recording = RuleEngine.builder().executor((action, current) -> {
            executed.add(action);
            return current;
        }).build();
        recording.replaceRules(1, List.of(rule(1, 0, RuleEvent.CONVERSATION_CREATED)
                .action(RuleAction.of("send_message", "Thanks for reaching out")).build()));

        EvaluationResult result = recording.dryRun(created().build());

        assertThat(executed).isEmpty();
        assertThat(result.actions()).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(ActionRecord.Outcome.PLANNED);
            assertThat(a.action().action()).isEqualTo(RuleAction.of("send_message", "Thanks for reaching out"));
        });
        assertThat(recording.evaluate(created().build()).actions()).extracting(ActionRecord::outcome)
                .containsExactly(ActionRecord.Outcome.DONE);
        assertThat(executed).hasSize(1);
    }

    @Test
    void statusSpecificTriggersMatchTheNewStatus() {
        engine.replaceRules(1, List.of(
                rule(1, 0, RuleEvent.CONVERSATION_RESOLVED).action(RuleAction.of("add_label", "vip")).build(),
                rule(2, 1, RuleEvent.CONVERSATION_OPENED).action(RuleAction.of("add_label", "sales")).build(),
                rule(3, 2, RuleEvent.CONVERSATION_STATUS_CHANGED).action(RuleAction.of("add_label", "spam")).build()));
        ConversationFact resolved = ConversationFact.builder().event(RuleEvent.CONVERSATION_RESOLVED)
                .occurredAt(Facts.NOW).accountId(1).build();
        ConversationFact pending = ConversationFact.builder().event(RuleEvent.CONVERSATION_STATUS_CHANGED)
                .status("pending").occurredAt(Facts.NOW).accountId(1).build();

        assertThat(engine.evaluate(resolved).matchedRules()).containsExactly(RuleId.of(1), RuleId.of(3));
        assertThat(engine.evaluate(pending).matchedRules()).containsExactly(RuleId.of(3));
    }

    @Test
    void disabledRulesAndOtherTriggersDoNotRun() {
        engine.replaceRules(1, List.of(
                rule(1, 0, RuleEvent.MESSAGE_CREATED).enabled(false).action(RuleAction.of("add_label", "vip")).build(),
                rule(2, 1, RuleEvent.CONVERSATION_CREATED).action(RuleAction.of("add_label", "sales")).build()));

        assertThat(engine.evaluate(message("x").build()).matchedRules()).isEmpty();
    }

    @Test
    void explainTellsWhichConditionsHeld() {
        AutomationRule rule = rule(1, 0, RuleEvent.MESSAGE_CREATED).conditions(ConditionGroup.all(
                Condition.of("content", Operator.CONTAINS, "refund"),
                ConditionGroup.any(Condition.of("inbox_id", Operator.EQUAL_TO, "999"),
                        ConditionGroup.not(Condition.of("labels", Operator.EQUAL_TO, "spam")))))
                .action(RuleAction.of("add_label", "billing")).build();

        Explanation explanation = engine.explain(rule, message("Refund!").build());

        assertThat(explanation.matches()).isTrue();
        assertThat(explanation.conditions()).extracting(Explanation.ConditionResult::path,
                        Explanation.ConditionResult::held)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("$.conditions.all[0]", true),
                        org.assertj.core.groups.Tuple.tuple("$.conditions.all[1].any[0]", false),
                        org.assertj.core.groups.Tuple.tuple("$.conditions.all[1].any[1].not", false));
        assertThat(engine.explain(rule, message("hello").build()).matches()).isFalse();
    }

    @Test
    void accountsAreSeparate() {
        engine.replaceRules(1, List.of(rule(1, 0, RuleEvent.MESSAGE_CREATED)
                .action(RuleAction.of("add_label", "vip")).build()));

        assertThat(engine.evaluate(message("x").accountId(2).build()).matchedRules()).isEmpty();
        assertThat(engine.evaluate(message("x").build()).matchedRules()).containsExactly(RuleId.of(1));
    }

    @Test
    void rulesLoadFromTheSourceOnFirstUse() {
        RuleEngine sourced = RuleEngine.builder().source(account -> List.of(rule(9, 0, RuleEvent.MESSAGE_CREATED)
                .accountId(account).action(RuleAction.of("add_label", "vip")).build())).maximumAccounts(10).build();

        assertThat(sourced.evaluate(message("x").accountId(1).build()).matchedRules()).containsExactly(RuleId.of(9));
        sourced.evict(1);
        assertThat(sourced.evaluate(message("x").accountId(1).build()).matchedRules()).containsExactly(RuleId.of(9));
    }

    @Test
    void planOnlyExecutorAppliesEffects() {
        ConversationFact fact = message("x").build();
        PlannedAction action = new PlannedAction(RuleId.of(1), "r", 0, RuleAction.of("assign_agent", 2L), 1, 1);
        assertThat(ActionExecutor.planOnly().execute(action, fact).assigneeId()).isEqualTo(2L);
    }
}
