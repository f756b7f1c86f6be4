package io.konversio.rules;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.inbox.InboxId;
import io.konversio.rules.spi.RuleReferences;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fixed references for tests, the same in every account: agents 1-3, teams 10-11, inboxes 100-105, a few labels and
 * custom attributes.
 */
public final class TestReferences implements RuleReferences {
    public static final Map<String, AttributeType> CONVERSATION_ATTRIBUTES = Map.of(
            "plan", AttributeType.LIST, "order_total", AttributeType.NUMBER, "renewal", AttributeType.DATE,
            "vip", AttributeType.CHECKBOX, "note", AttributeType.TEXT, "site", AttributeType.LINK);
    public static final Map<String, AttributeType> CONTACT_ATTRIBUTES = Map.of(
            "tier", AttributeType.LIST, "age", AttributeType.NUMBER, "signup", AttributeType.DATE,
            "beta", AttributeType.CHECKBOX, "nickname", AttributeType.TEXT, "homepage", AttributeType.LINK);

    private final Set<String> labels;

    public TestReferences() {
        this(Set.of("billing", "vip", "spam", "urgent", "sales"));
    }

    public TestReferences(Set<String> labels) {
        this.labels = labels;
    }

    @Override
    public boolean agentExists(AccountId account, AgentId agent) {
        return agent.value() <= 3;
    }

    @Override
    public boolean teamExists(AccountId account, TeamId team) {
        return team.value() == 10 || team.value() == 11;
    }

    @Override
    public boolean inboxExists(AccountId account, InboxId inbox) {
        return inbox.value() >= 100 && inbox.value() <= 105;
    }

    @Override
    public boolean labelExists(AccountId account, String label) {
        return labels.contains(label);
    }

    @Override
    public Optional<AttributeType> customAttribute(AccountId account, CustomAttributeModel model, String key) {
        return Optional.ofNullable((model == CustomAttributeModel.CONTACT ? CONTACT_ATTRIBUTES
                : CONVERSATION_ATTRIBUTES).get(key));
    }
}
