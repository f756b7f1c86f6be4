package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.DispatchStage;
import io.konversio.core.Konversio;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.Priority;
import io.konversio.core.event.MessageCreated;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules that would trigger each other forever stop: the actor guard, the cascade depth and the message rate. */
class LoopGuardTest {

    private static AutomationRule echo(String text) {
        return AutomationRule.builder().name("echo " + text).event(RuleEvent.MESSAGE_CREATED)
                .action(RuleAction.of(ActionType.SEND_MESSAGE, text)).build();
    }

    @Test
    void aRuleAnsweringEveryMessageAnswersTheContactOnceAndNeverItself() {
        AutomationFixture f = new AutomationFixture();
        f.rules.create(echo("echo"));

        Conversation c = f.start(f.email, "Ada", "Hello");

        assertThat(f.automated(c.id())).containsExactly("echo");
        assertThat(f.results).filteredOn(r -> !r.matchedRules().isEmpty()).hasSize(1);
    }

    @Test
    void twoRulesUndoingEachOthersChangeEachRunOnce() {
        AutomationFixture f = new AutomationFixture();
        f.rules.create(AutomationRule.builder().name("high to low").event(RuleEvent.CONVERSATION_UPDATED)
                .allOf(Condition.changed("priority", List.of(), List.of("high")))
                .action(RuleAction.of(ActionType.CHANGE_PRIORITY, "low")).build());
        f.rules.create(AutomationRule.builder().name("low to high").event(RuleEvent.CONVERSATION_UPDATED)
                .allOf(Condition.changed("priority", List.of(), List.of("low")))
                .action(RuleAction.of(ActionType.CHANGE_PRIORITY, "high")).build());
        Conversation c = f.start(f.email, "Ada", "");

        f.desk.conversations().setPriority(c.id(), Priority.HIGH, Actor.agent(f.alice.id()));

        // high -> (rule) low; the rule's own change triggers nothing, so "low to high" never runs
        assertThat(f.get(c.id()).priority()).isEqualTo(Priority.LOW);
        assertThat(f.fired(c.id())).singleElement()
                .satisfies(r -> assertThat(r.matchedRules()).hasSize(1));
    }

    @Test
    void aHostListenerAnsweringAutomationIsStoppedAtTheCascadeDepthAndTheStopIsReported() {
        Konversio[] root = new Konversio[1];
        AutomationFixture f = new AutomationFixture(AutomationLimits.defaults().withMaxCascadeDepth(3),
                b -> b.listener(DispatchStage.HOST, event -> {
                    if (event instanceof MessageCreated m && m.actor().isAutomation()) {
                        root[0].desk(event.accountId()).conversations()
                                .reply(event.conversationId(), "bot: noted", Actor.bot(7));
                    }
                }));
        root[0] = f.konversio;
        f.rules.create(echo("echo"));

        Conversation c = f.start(f.email, "Ada", "Hello");

        // depth 0 (Ada), 1 and 2 (the bot reacting to automation) run; depth 3 is stopped
        assertThat(f.automated(c.id())).containsExactly("echo", "echo", "echo");
        List<EvaluationResult> fired = f.fired(c.id());
        assertThat(fired).hasSize(4);
        assertThat(fired.subList(0, 3)).allSatisfy(r -> assertThat(r.failedActions()).isEmpty());
        EvaluationResult stopped = fired.get(3);
        assertThat(stopped.failedActions()).singleElement().satisfies(a -> assertThat(a.cause()).get()
                .isInstanceOfSatisfying(AutomationLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo(AutomationLimitException.Limit.CASCADE_DEPTH)));

        // a new message from the contact is not part of that cascade
        f.desk.conversations().receive(c.id(), "Still there?");
        assertThat(f.automated(c.id())).hasSize(6);
    }

    @Test
    void automationSendsAtMostTheLimitOfMessagesPerConversationPerMinute() {
        AutomationFixture f = new AutomationFixture(
                AutomationLimits.defaults().withMaxAutomatedMessagesPerMinute(3), b -> { });
        f.rules.create(AutomationRule.builder().name("ack").event(RuleEvent.MESSAGE_CREATED)
                .allOf(Condition.of("message_type", Operator.EQUAL_TO, "incoming"))
                .action(RuleAction.of(ActionType.SEND_MESSAGE, "got it"))
                .action(RuleAction.of(ActionType.ADD_LABEL, "vip")).build());
        Conversation c = f.start(f.email, "Ada", "");

        for (int i = 0; i < 5; i++) {
            f.clock.advance(Duration.ofSeconds(5));
            f.desk.conversations().receive(c.id(), "message " + i);
        }

        assertThat(f.automated(c.id())).hasSize(3);
        List<EvaluationResult> fired = f.fired(c.id());
        assertThat(fired).hasSize(5);
        assertThat(fired.subList(3, 5)).allSatisfy(r -> {
            assertThat(r.failedActions()).singleElement().satisfies(a -> assertThat(a.cause()).get()
                    .isInstanceOfSatisfying(AutomationLimitException.class, e -> assertThat(e.limit())
                            .isEqualTo(AutomationLimitException.Limit.MESSAGES_PER_MINUTE)));
            assertThat(r.actions()).filteredOn(a -> a.outcome() == ActionRecord.Outcome.DONE).hasSize(1);
        });

        f.clock.advance(Duration.ofSeconds(61));
        f.desk.conversations().receive(c.id(), "a minute later");
        assertThat(f.automated(c.id())).hasSize(4);
    }
}
