package io.konversio.rules.internal;

import io.konversio.rules.AutomationRule;
import io.konversio.rules.RuleId;

/**
 * A compiled rule's identity: its index in firing order (used by the at-most-once guard) and the rule.
 * Immutable and thread-safe.
 *
 * @param index the 0-based place in firing order
 * @param id    the rule id
 * @param rule  the rule
 */
record RuleMeta(int index, RuleId id, AutomationRule rule) {
}
