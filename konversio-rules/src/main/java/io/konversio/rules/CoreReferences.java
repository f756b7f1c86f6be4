package io.konversio.rules;

import io.konversio.core.Desk;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.inbox.InboxId;
import io.konversio.rules.spi.RuleReferences;
import java.util.Optional;
import java.util.function.Function;

/** {@link RuleReferences} read through the {@link Desk} of each account. Thread-safe. */
final class CoreReferences implements RuleReferences {
    private final Function<AccountId, Desk> desks;

    CoreReferences(Function<AccountId, Desk> desks) {
        this.desks = desks;
    }

    @Override
    public boolean agentExists(AccountId account, AgentId agent) {
        return desks.apply(account).agents().find(agent).isPresent();
    }

    @Override
    public boolean teamExists(AccountId account, TeamId team) {
        return desks.apply(account).teams().find(team).isPresent();
    }

    @Override
    public boolean inboxExists(AccountId account, InboxId inbox) {
        return desks.apply(account).inboxes().find(inbox).isPresent();
    }

    @Override
    public boolean labelExists(AccountId account, String label) {
        return !label.isBlank() && desks.apply(account).labels().find(label).isPresent();
    }

    @Override
    public Optional<AttributeType> customAttribute(AccountId account, CustomAttributeModel model, String key) {
        AttributeModel coreModel = model == CustomAttributeModel.CONTACT ? AttributeModel.CONTACT
                : AttributeModel.CONVERSATION;
        return desks.apply(account).customAttributes().find(coreModel, key)
                .flatMap(definition -> AttributeType.fromCode(definition.type().code()));
    }
}
