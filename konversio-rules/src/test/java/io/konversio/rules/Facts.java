package io.konversio.rules;

import io.konversio.core.account.AccountId;
import java.time.Instant;

/** Test helpers for building facts and rules. */
final class Facts {
    static final Instant NOW = Instant.parse("2026-06-05T10:15:30Z");
    /** The account of the facts and rules built here. */
    static final AccountId ACCOUNT = AccountId.of(1);

    private Facts() {
    }

    static ConversationFact.Builder message(String content) {
        return ConversationFact.builder().event(RuleEvent.MESSAGE_CREATED).occurredAt(NOW).accountId(1)
                .inboxId(101).content(content).messageType("incoming");
    }

    static ConversationFact.Builder created() {
        return ConversationFact.builder().event(RuleEvent.CONVERSATION_CREATED).occurredAt(NOW).accountId(1)
                .inboxId(101);
    }

    static AutomationRule.Builder rule(long id, int position, RuleEvent event) {
        return AutomationRule.builder().id(id).accountId(1).name("rule " + id).position(position).event(event);
    }
}
