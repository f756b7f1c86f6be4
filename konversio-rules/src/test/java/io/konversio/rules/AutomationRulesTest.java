package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Desk;
import io.konversio.core.InvalidInputException;
import io.konversio.core.Konversio;
import io.konversio.core.NotFoundException;
import io.konversio.core.conversation.Conversation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Managing an account's rules: validation, order, copies, switching off, import and export. */
class AutomationRulesTest {
    private final AutomationFixture f = new AutomationFixture();

    private AutomationRule note(String name, String text) {
        return f.rules.create(AutomationRule.builder().name(name).event(RuleEvent.CONVERSATION_CREATED)
                .action(RuleAction.of(ActionType.ADD_PRIVATE_NOTE, text)).build());
    }

    private static RuleId id(AutomationRule rule) {
        return rule.id().orElseThrow();
    }

    @Test
    void aRuleWithProblemsIsRejectedWithEveryProblemAndItsPathAndNothingIsSaved() {
        String json = """
            {"name": "bad", "event_name": "conversation_created",
             "conditions": [
               {"attribute_key": "status", "filter_operator": "contains", "values": ["open"], "query_operator": "AND"},
               {"attribute_key": "assignee_id", "filter_operator": "equal_to", "values": [999], "query_operator": "OR"},
               {"attribute_key": "labels", "filter_operator": "equal_to", "values": ["no-such-label"]}],
             "actions": [
               {"action_name": "assign_team", "action_params": [12345]},
               {"action_name": "send_webhook_event", "action_params": ["ftp://example.com"]},
               {"action_name": "explode", "action_params": []}]}
            """;
        assertThatThrownBy(() -> f.rules.create(json)).isInstanceOfSatisfying(InvalidRuleException.class, e ->
                assertThat(e.problems()).extracting(RuleProblem::path).containsExactly(
                        "$.conditions[0].filter_operator",
                        "$.conditions[1].values[0]",
                        "$.conditions[2].values[0]",
                        "$.actions[0].action_params[0]",
                        "$.actions[1].action_params[0]",
                        "$.actions[2].action_name"));
        assertThat(f.rules.list()).isEmpty();
    }

    @Test
    void aNegativeRuleRefreshIntervalIsRejected() {
        assertThatThrownBy(() -> Automation.builder().ruleRefreshInterval(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ruleRefreshInterval");
        assertThatThrownBy(() -> Automation.builder().ruleRefreshInterval(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("ruleRefreshInterval");
    }

    @Test
    void aRuleBuiltInCodeIsValidatedAgainstTheAccountToo() {
        AutomationRule rule = AutomationRule.builder().name("x").event(RuleEvent.MESSAGE_CREATED)
                .allOf(Condition.custom(CustomAttributeModel.CONTACT, "nope", Operator.EQUAL_TO, "1"))
                .action(RuleAction.of(ActionType.ASSIGN_AGENT, 424242L)).build();
        assertThatThrownBy(() -> f.rules.create(rule)).isInstanceOfSatisfying(InvalidRuleException.class, e ->
                assertThat(e.problems()).extracting(RuleProblem::path)
                        .containsExactly("$.conditions.all[0].attribute_key", "$.actions[0].action_params[0]"));
        assertThat(f.rules.list()).isEmpty();
    }

    @Test
    void importingSeveralRulesSavesNoneWhenOneHasAProblem() {
        String json = """
            [{"name": "ok", "event_name": "message_created", "actions": [{"action_name": "add_label", "action_params": ["vip"]}]},
             {"name": "bad", "event_name": "message_created", "actions": [{"action_name": "add_label", "action_params": ["nope"]}]}]
            """;
        assertThatThrownBy(() -> f.rules.importJson(json)).isInstanceOfSatisfying(InvalidRuleException.class, e ->
                assertThat(e.problems()).extracting(RuleProblem::path).containsExactly("$[1].actions[0].action_params[0]"));
        assertThat(f.rules.list()).isEmpty();
    }

    @Test
    void newRulesGoToTheEndAndMoveChangesTheOrder() {
        AutomationRule a = note("a", "a");
        AutomationRule b = note("b", "b");
        AutomationRule c = note("c", "c");
        assertThat(f.rules.list()).extracting(AutomationRule::name).containsExactly("a", "b", "c");

        AutomationRule moved = f.rules.move(id(c), 0);
        assertThat(moved.position()).isZero();
        assertThat(f.rules.list()).extracting(AutomationRule::name).containsExactly("c", "a", "b");
        assertThat(f.rules.list()).extracting(AutomationRule::position).containsExactly(0, 1, 2);

        f.rules.move(id(a), 99);
        assertThat(f.rules.list()).extracting(AutomationRule::name).containsExactly("c", "b", "a");
        Conversation conversation = f.start(f.email, "Ada", "");
        assertThat(f.automated(conversation.id())).containsExactly("c", "b", "a");

        assertThatThrownBy(() -> f.rules.move(id(b), -1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void cloneCopiesARuleToJustAfterIt() {
        AutomationRule a = note("a", "a");
        note("b", "b");
        AutomationRule copy = f.rules.clone(id(a));
        assertThat(copy.id()).isNotEqualTo(a.id());
        assertThat(copy.toBuilder().id(id(a)).position(0).build()).isEqualTo(a);
        assertThat(f.rules.list()).extracting(AutomationRule::id)
                .containsExactly(a.id(), copy.id(), f.rules.list().get(2).id());
        Conversation conversation = f.start(f.email, "Ada", "");
        assertThat(f.automated(conversation.id())).containsExactly("a", "a", "b");
    }

    @Test
    void aDisabledRuleStaysListedButDoesNotRunUntilEnabled() {
        AutomationRule a = note("a", "a");
        AutomationRule off = f.rules.disable(id(a));
        assertThat(off.enabled()).isFalse();
        assertThat(f.rules.list()).containsExactly(off);
        Conversation first = f.start(f.email, "Ada", "");
        f.rules.enable(id(a));
        Conversation second = f.start(f.email, "Bob", "");
        assertThat(f.automated(first.id())).isEmpty();
        assertThat(f.automated(second.id())).containsExactly("a");
    }

    @Test
    void updateReplacesTheRuleButKeepsItsPlace() {
        note("a", "a");
        AutomationRule b = note("b", "b");
        AutomationRule changed = f.rules.update(b.toBuilder().name("b2").position(0)
                .actions(List.of(RuleAction.of(ActionType.ADD_PRIVATE_NOTE, "b2"))).build());
        assertThat(changed.position()).isEqualTo(1);
        f.rules.update(id(b), """
            {"name": "b3", "event_name": "conversation_created",
             "actions": [{"action_name": "add_private_note", "action_params": ["b3"]}]}""");
        assertThat(f.rules.list()).extracting(AutomationRule::name).containsExactly("a", "b3");
        Conversation conversation = f.start(f.email, "Ada", "");
        assertThat(f.automated(conversation.id())).containsExactly("a", "b3");
        assertThatThrownBy(() -> f.rules.update(b.toBuilder().id(RuleId.of(987654)).build()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.rules.update(b.toBuilder().id((RuleId) null).build()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void deleteRemovesTheRuleAndCloseTheGap() {
        AutomationRule a = note("a", "a");
        note("b", "b");
        f.rules.delete(id(a));
        assertThat(f.rules.list()).extracting(AutomationRule::position).containsExactly(0);
        assertThat(f.rules.find(id(a))).isEmpty();
        assertThatThrownBy(() -> f.rules.get(id(a))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.rules.delete(id(a))).isInstanceOf(NotFoundException.class);
        Conversation conversation = f.start(f.email, "Ada", "");
        assertThat(f.automated(conversation.id())).containsExactly("b");
    }

    @Test
    void exportedRulesImportIntoAnotherAccount() {
        note("a", "hello {{contact.name}}");
        f.rules.create(AutomationRule.builder().name("refunds").description("label refund requests")
                .event(RuleEvent.MESSAGE_CREATED)
                .conditions(ConditionGroup.any(Condition.of("content", Operator.CONTAINS, "refund", "money back"),
                        ConditionGroup.not(Condition.of("labels", Operator.IS_PRESENT))))
                .action(RuleAction.of(ActionType.ADD_LABEL, "refund")).enabled(false).build());
        String exported = f.rules.exportJson();

        Desk other = f.konversio.desk(f.konversio.accounts().create("Globex").id());
        other.labels().create("refund");
        AutomationRules theirs = f.automation.rules(other);
        List<AutomationRule> imported = theirs.importJson(exported);

        assertThat(imported).hasSize(2);
        for (int i = 0; i < 2; i++) {
            AutomationRule mine = f.rules.list().get(i);
            assertThat(imported.get(i).toBuilder().id(mine.id().orElseThrow()).accountId(mine.accountId()).build())
                    .isEqualTo(mine);
        }
        assertThat(theirs.list()).isEqualTo(imported);
        assertThat(f.rules.list()).hasSize(2);
    }

    @Test
    void anAccountSeesOnlyItsOwnRules() {
        AutomationRule a = note("a", "a");
        Desk other = f.konversio.desk(f.konversio.accounts().create("Globex").id());
        AutomationRules theirs = f.automation.rules(other);
        assertThat(theirs.list()).isEmpty();
        assertThat(theirs.find(id(a))).isEmpty();
        assertThatThrownBy(() -> theirs.delete(id(a))).isInstanceOf(NotFoundException.class);
        assertThat(f.rules.list()).hasSize(1);
    }

    @Test
    void aListenerThatThrowsDoesNotStopAutomationOrTheOtherListeners() {
        List<EvaluationResult> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Automation automation = Automation.builder()
                .listener(r -> {
                    throw new IllegalStateException("listener bug");
                })
                .listener(seen::add).build();
        Konversio konversio = Konversio.builder().extension(automation).build();
        Desk desk = konversio.desk(konversio.accounts().create("Acme").id());
        desk.labels().create("vip");
        automation.rules(desk).create(AutomationRule.builder().name("vip").event(RuleEvent.CONVERSATION_CREATED)
                .action(RuleAction.of(ActionType.ADD_LABEL, "vip")).build());
        io.konversio.core.inbox.Inbox inbox = desk.inboxes().create("Api", io.konversio.core.inbox.ChannelType.API);
        io.konversio.core.contact.Contact ada = desk.contacts().create(
                io.konversio.core.contact.NewContact.builder("Ada").build());
        Conversation c = desk.conversations().create(io.konversio.core.conversation.NewConversation
                .builder(inbox.id(), ada.id()).build(), io.konversio.core.Actor.contact(ada.id()));
        assertThat(desk.conversations().get(c.id()).labels()).containsExactly("vip");
        assertThat(seen).hasSize(1);
    }

    @Test
    void reloadPicksUpRulesAnotherNodeWroteToTheStore() {
        io.konversio.rules.store.InMemoryRuleStore shared = io.konversio.rules.store.InMemoryRuleStore.create();
        Automation automation = Automation.builder().ruleStore(shared).build();
        Konversio konversio = Konversio.builder().extension(automation).build();
        Desk desk = konversio.desk(konversio.accounts().create("Acme").id());
        desk.labels().create("vip");
        io.konversio.core.inbox.Inbox inbox = desk.inboxes().create("Api", io.konversio.core.inbox.ChannelType.API);
        io.konversio.core.contact.Contact ada = desk.contacts().create(
                io.konversio.core.contact.NewContact.builder("Ada").build());
        automation.rules(desk).list(); // nothing yet
        desk.conversations().create(io.konversio.core.conversation.NewConversation.builder(inbox.id(), ada.id())
                .build(), io.konversio.core.Actor.contact(ada.id()));

        shared.insert(AutomationRule.builder().id(shared.nextId()).accountId(desk.accountId().value()).name("vip")
                .event(RuleEvent.CONVERSATION_CREATED).action(RuleAction.of(ActionType.ADD_LABEL, "vip")).build());
        automation.reload(desk.accountId());
        Conversation c = desk.conversations().create(io.konversio.core.conversation.NewConversation
                .builder(inbox.id(), ada.id()).build(), io.konversio.core.Actor.contact(ada.id()));
        assertThat(desk.conversations().get(c.id()).labels()).containsExactly("vip");
    }

    @Test
    void automationBelongsToOneKonversio() {
        Automation automation = Automation.builder().build();
        assertThatThrownBy(() -> automation.rules(f.desk)).isInstanceOf(IllegalStateException.class);
        Konversio mine = Konversio.builder().extension(automation).build();
        assertThatThrownBy(() -> Konversio.builder().extension(automation)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> automation.rules(f.konversio, f.desk.accountId()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> automation.rules(mine, f.desk.accountId())).isInstanceOf(NotFoundException.class);
    }
}
