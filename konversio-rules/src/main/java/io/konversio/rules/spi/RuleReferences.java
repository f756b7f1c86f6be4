package io.konversio.rules.spi;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.inbox.InboxId;
import io.konversio.rules.AttributeType;
import io.konversio.rules.CustomAttributeModel;
import java.util.Optional;

/**
 * Looks up the things a rule refers to, in the account the rule belongs to, so validation can reject unknown
 * agents, teams, inboxes, labels and custom attributes, and the engine can compare custom attributes in their
 * type. One instance serves every account: each look-up names its account. Implementations must be thread-safe;
 * konversio-rules' {@code Automation} backs this with konversio-core's desks.
 */
public interface RuleReferences {

    /** True when the agent (user) exists in the account. */
    boolean agentExists(AccountId account, AgentId agent);

    /** True when the team exists in the account. */
    boolean teamExists(AccountId account, TeamId team);

    /** True when the inbox exists in the account. */
    boolean inboxExists(AccountId account, InboxId inbox);

    /** True when the label (compared lowercase) exists in the account. */
    boolean labelExists(AccountId account, String label);

    /** The type of the account's custom attribute definition, or empty when there is none. */
    Optional<AttributeType> customAttribute(AccountId account, CustomAttributeModel model, String key);

    /** References that accept every id and label and know no custom attribute; for tests and tools. */
    static RuleReferences permissive() {
        return new RuleReferences() {
            @Override
            public boolean agentExists(AccountId account, AgentId agent) {
                return true;
            }

            @Override
            public boolean teamExists(AccountId account, TeamId team) {
                return true;
            }

            @Override
            public boolean inboxExists(AccountId account, InboxId inbox) {
                return true;
            }

            @Override
            public boolean labelExists(AccountId account, String label) {
                return true;
            }

            @Override
            public Optional<AttributeType> customAttribute(AccountId account, CustomAttributeModel model,
                                                           String key) {
                return Optional.empty();
            }
        };
    }
}
