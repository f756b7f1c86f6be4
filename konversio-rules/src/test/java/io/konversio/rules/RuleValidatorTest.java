package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleValidatorTest {
    private final RuleJson json = RuleJson.create();
    private final RuleValidator validator = RuleValidator.of(Facts.ACCOUNT, new TestReferences());

    @Test
    void everyProblemIsReportedWithItsPathInTheDocumentAsWritten() {
        String payload = """
                {"name": "bad", "event_name": "conversation_created", "conditions": [
                  {"attribute_key": "flavour", "filter_operator": "equal_to", "values": ["x"], "query_operator": "AND", "custom_attribute_type": "contact_attribute"},
                  {"attribute_key": "status", "filter_operator": "contains", "values": ["open"], "query_operator": "AND"},
                  {"attribute_key": "priority", "filter_operator": "equal_to", "values": [], "query_operator": "AND"},
                  {"attribute_key": "order_total", "filter_operator": "is_greater_than", "values": ["lots"], "query_operator": "AND", "custom_attribute_type": "conversation_attribute"},
                  {"attribute_key": "assignee_id", "filter_operator": "equal_to", "values": [99], "query_operator": "AND"},
                  {"attribute_key": "team_id", "filter_operator": "equal_to", "values": [77], "query_operator": "AND"},
                  {"attribute_key": "labels", "filter_operator": "equal_to", "values": ["nope"], "query_operator": "AND"},
                  {"attribute_key": "inbox_id", "filter_operator": "equal_to", "values": [5]}],
                 "actions": [
                  {"action_name": "send_webhook_event", "action_params": ["ftp://example.com"]},
                  {"action_name": "explode", "action_params": []},
                  {"action_name": "assign_team", "action_params": [12]},
                  {"action_name": "change_priority", "action_params": []}]}
                """;
        assertThatThrownBy(() -> json.read(payload, validator))
                .isInstanceOf(InvalidRuleException.class)
                .extracting(e -> ((InvalidRuleException) e).problems().stream().map(RuleProblem::path).toList())
                .isEqualTo(List.of(
                        "$.conditions[0].attribute_key",
                        "$.conditions[1].filter_operator",
                        "$.conditions[2].values",
                        "$.conditions[3].values[0]",
                        "$.conditions[4].values[0]",
                        "$.conditions[5].values[0]",
                        "$.conditions[6].values[0]",
                        "$.conditions[7].values[0]",
                        "$.actions[0].action_params[0]",
                        "$.actions[1].action_name",
                        "$.actions[2].action_params[0]",
                        "$.actions[3].action_params"));
    }

    @Test
    void messagesNameTheBadValue() {
        AutomationRule rule = AutomationRule.builder().name("r").event(RuleEvent.CONVERSATION_CREATED)
                .allOf(Condition.of("status", Operator.EQUAL_TO, "closed"))
                .action(RuleAction.of("assign_agent", 42L)).build();
        assertThat(validator.problems(rule)).containsExactly(
                new RuleProblem("$.conditions.all[0].values[0]",
                        "'closed' is not a status; expected one of open, pending, resolved, snoozed"),
                new RuleProblem("$.actions[0].action_params[0]", "unknown agent id 42"));
    }

    @Test
    void attributeChangedOnAContactAttributeIsRefusedSinceNoEventCarriesAContactsChanges() {
        String contactKey = TestReferences.CONTACT_ATTRIBUTES.keySet().iterator().next();
        AutomationRule rule = AutomationRule.builder().name("r").event(RuleEvent.CONVERSATION_UPDATED)
                .allOf(Condition.changed("email", List.of(), List.of("ada@example.com")),
                        new Condition(contactKey, Operator.ATTRIBUTE_CHANGED, List.of(),
                                new AttributeChange(List.of("nil"), List.of()), CustomAttributeModel.CONTACT),
                        Condition.changed("status", List.of(), List.of("resolved")))
                .action(RuleAction.of("resolve_conversation")).build();
        assertThat(validator.problems(rule)).containsExactly(
                new RuleProblem("$.conditions.all[0].filter_operator", "attribute_changed is not allowed on the"
                        + " contact attribute 'email': events carry the conversation's changes only, so it could"
                        + " never hold"),
                new RuleProblem("$.conditions.all[1].filter_operator", "attribute_changed is not allowed on the"
                        + " contact attribute '" + contactKey + "': events carry the conversation's changes only,"
                        + " so it could never hold"));
    }

    @Test
    void contentOnlyForMessageCreated() {
        AutomationRule rule = AutomationRule.builder().name("r").event(RuleEvent.CONVERSATION_CREATED)
                .allOf(Condition.of("content", Operator.CONTAINS, "x"))
                .action(RuleAction.of("resolve_conversation")).build();
        assertThat(validator.problems(rule)).extracting(RuleProblem::path)
                .containsExactly("$.conditions.all[0].attribute_key");
    }

    @Test
    void aValidRulePasses() {
        AutomationRule rule = AutomationRule.builder().name("ok").event(RuleEvent.MESSAGE_CREATED)
                .conditions(ConditionGroup.all(
                        Condition.of("content", Operator.CONTAINS, "refund", "money back"),
                        ConditionGroup.any(Condition.of("inbox_id", Operator.EQUAL_TO, "101"),
                                ConditionGroup.not(Condition.of("labels", Operator.EQUAL_TO, "spam"))),
                        Condition.custom(CustomAttributeModel.CONVERSATION, "renewal", Operator.DAYS_BEFORE, "3"),
                        Condition.changed("status", List.of("nil", "open"), List.of())))
                .action(RuleAction.of("add_label", "billing"))
                .action(RuleAction.of("send_email_to_team",
                        java.util.Map.of("team_ids", List.of(10L), "message", "hi")))
                .action(RuleAction.of("snooze_conversation", "PT4H"))
                .action(RuleAction.of("send_webhook_event", "https://hooks.example.com/x?y=1"))
                .build();
        assertThat(validator.problems(rule)).isEmpty();
        assertThat(validator.check(rule)).isSameAs(rule);
    }
}
