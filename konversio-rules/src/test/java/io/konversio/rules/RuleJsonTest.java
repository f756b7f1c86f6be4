package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleJsonTest {
    private final RuleJson json = RuleJson.create();

    private static final String CHATWOOT = """
            {"name": "Refunds", "description": "d", "event_name": "message_created", "active": true,
             "conditions": [
               {"attribute_key": "content", "filter_operator": "contains", "values": ["refund"], "query_operator": "AND", "custom_attribute_type": ""},
               {"attribute_key": "inbox_id", "filter_operator": "equal_to", "values": [101], "query_operator": "OR", "custom_attribute_type": ""},
               {"attribute_key": "labels", "filter_operator": "equal_to", "values": ["vip"], "query_operator": null, "custom_attribute_type": ""}
             ],
             "actions": [{"action_name": "add_label", "action_params": ["billing"]}]}
            """;

    @Test
    void chatwootChainBindsAndTighterThanOr() {
        AutomationRule rule = json.read(CHATWOOT);

        assertThat(rule.conditions()).isEqualTo(ConditionGroup.any(
                ConditionGroup.all(Condition.of("content", Operator.CONTAINS, "refund"),
                        Condition.of("inbox_id", Operator.EQUAL_TO, "101")),
                Condition.of("labels", Operator.EQUAL_TO, "vip")));
        assertThat(rule.event()).isEqualTo(RuleEvent.MESSAGE_CREATED);
        assertThat(rule.actions()).containsExactly(RuleAction.of("add_label", "billing"));
    }

    @Test
    void chatwootOrThenAndGroupsTheAndPair() {
        String payload = """
                {"name": "x", "event_name": "conversation_created", "conditions": [
                  {"attribute_key": "status", "filter_operator": "equal_to", "values": ["open"], "query_operator": "or"},
                  {"attribute_key": "priority", "filter_operator": "equal_to", "values": ["high"], "query_operator": "and"},
                  {"attribute_key": "team_id", "filter_operator": "is_present", "values": []}],
                 "actions": [{"action_name": "resolve_conversation", "action_params": []}]}
                """;
        assertThat(json.read(payload).conditions()).isEqualTo(ConditionGroup.any(
                Condition.of("status", Operator.EQUAL_TO, "open"),
                ConditionGroup.all(Condition.of("priority", Operator.EQUAL_TO, "high"),
                        Condition.of("team_id", Operator.IS_PRESENT))));
    }

    @Test
    void exportWritesNestedFormThatReadsBackEqual() {
        AutomationRule rule = json.read(CHATWOOT).toBuilder().id(7).accountId(3).position(2).build();
        String exported = json.write(rule);

        assertThat(exported).contains("\"any\":[{\"all\":[");
        assertThat(json.read(exported)).isEqualTo(rule);
    }

    @Test
    void attributeChangedValuesAreFromTo() {
        String payload = """
                {"name": "x", "event_name": "conversation_updated", "conditions": {"all": [
                  {"attribute_key": "status", "filter_operator": "attribute_changed", "values": {"from": ["open"], "to": ["resolved"]}}]},
                 "actions": [{"action_name": "send_webhook_event", "action_params": ["https://example.com/hook"]}]}
                """;
        AutomationRule rule = json.read(payload);
        assertThat(rule.conditions().children().get(0))
                .isEqualTo(Condition.changed("status", List.of("open"), List.of("resolved")));
        assertThat(json.read(json.write(rule))).isEqualTo(rule);
    }

    @Test
    void structuralProblemsAreAllReportedWithPaths() {
        String payload = """
                {"event_name": "conversation_exploded", "conditions": [
                  {"attribute_key": "status", "filter_operator": "is_like", "values": ["open"], "query_operator": "XOR"},
                  {"filter_operator": "equal_to", "values": [{"a": 1}]}],
                 "actions": [{"action_params": []}]}
                """;
        assertThatThrownBy(() -> json.read(payload))
                .isInstanceOf(InvalidRuleException.class)
                .extracting(e -> ((InvalidRuleException) e).problems().stream().map(RuleProblem::path).toList())
                .isEqualTo(List.of("$.name", "$.event_name", "$.conditions[0].filter_operator",
                        "$.conditions[0].query_operator", "$.conditions[1].attribute_key",
                        "$.conditions[1].values[0]", "$.actions[0].action_name"));
    }

    @Test
    void malformedJsonIsOneProblemAtTheRoot() {
        assertThatThrownBy(() -> json.read("{\"name\": "))
                .isInstanceOf(InvalidRuleException.class)
                .satisfies(e -> assertThat(((InvalidRuleException) e).problems()).singleElement()
                        .extracting(RuleProblem::path).isEqualTo("$"));
    }

    @Test
    void emptyConditionsMatchEverything() {
        AutomationRule rule = json.read("""
                {"name": "w", "event_name": "conversation_created", "conditions": [],
                 "actions": [{"action_name": "send_message", "action_params": ["hi"]}]}""");
        assertThat(rule.conditions()).isEqualTo(ConditionGroup.always());
    }

    @Test
    void readAllReadsAnArray() {
        String two = "[" + CHATWOOT + "," + CHATWOOT + "]";
        assertThat(json.readAll(two)).hasSize(2);
        assertThat(json.readAll(json.writeAll(json.readAll(two)))).isEqualTo(json.readAll(two));
    }
}
