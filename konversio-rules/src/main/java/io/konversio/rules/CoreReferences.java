package io.konversio.rules;

import io.konversio.core.Desk;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.inbox.InboxId;
import io.konversio.rules.spi.RuleReferences;
import java.util.Optional;

/** {@link RuleReferences} of one account, read through its {@link Desk}. Thread-safe. */
final class CoreReferences implements RuleReferences {
    private final Desk desk;

    CoreReferences(Desk desk) {
        this.desk = desk;
    }

    @Override
    public boolean agentExists(long agentId) {
        return agentId > 0 && desk.agents().find(AgentId.of(agentId)).isPresent();
    }

    @Override
    public boolean teamExists(long teamId) {
        return teamId > 0 && desk.teams().find(TeamId.of(teamId)).isPresent();
    }

    @Override
    public boolean inboxExists(long inboxId) {
        return inboxId > 0 && desk.inboxes().find(InboxId.of(inboxId)).isPresent();
    }

    @Override
    public boolean labelExists(String label) {
        return !label.isBlank() && desk.labels().find(label).isPresent();
    }

    @Override
    public Optional<AttributeType> customAttribute(CustomAttributeModel model, String key) {
        AttributeModel coreModel = model == CustomAttributeModel.CONTACT ? AttributeModel.CONTACT
                : AttributeModel.CONVERSATION;
        return desk.customAttributes().find(coreModel, key)
                .flatMap(definition -> AttributeType.fromCode(definition.type().code()));
    }
}
