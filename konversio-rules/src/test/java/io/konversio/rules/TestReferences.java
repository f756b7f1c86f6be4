package io.konversio.rules;

import io.konversio.rules.spi.RuleReferences;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Fixed references for tests: agents 1-3, teams 10-11, inboxes 100-105, a few labels and custom attributes. */
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
    public boolean agentExists(long agentId) {
        return agentId >= 1 && agentId <= 3;
    }

    @Override
    public boolean teamExists(long teamId) {
        return teamId == 10 || teamId == 11;
    }

    @Override
    public boolean inboxExists(long inboxId) {
        return inboxId >= 100 && inboxId <= 105;
    }

    @Override
    public boolean labelExists(String label) {
        return labels.contains(label);
    }

    @Override
    public Optional<AttributeType> customAttribute(CustomAttributeModel model, String key) {
        return Optional.ofNullable((model == CustomAttributeModel.CONTACT ? CONTACT_ATTRIBUTES
                : CONVERSATION_ATTRIBUTES).get(key));
    }
}
