package io.konversio.rules;

/**
 * One action a matched rule wants to run on the event's conversation. Immutable and thread-safe.
 *
 * @param ruleId         the rule that planned it
 * @param ruleName       the rule's display name
 * @param index          the action's index in the rule's action list
 * @param action         the action and its params
 * @param accountId      the account
 * @param conversationId the conversation to act on
 */
public record PlannedAction(RuleId ruleId, String ruleName, int index, RuleAction action, long accountId,
                            long conversationId) {
}
