package io.konversio.rules.spi;

import io.konversio.rules.AttributeType;
import io.konversio.rules.CustomAttributeModel;
import java.util.Optional;

/**
 * Looks up the things a rule refers to, so validation can reject unknown agents, teams, inboxes, labels and
 * custom attributes of one account. Implementations must be thread-safe; konversio-core backs this with its
 * stores.
 */
public interface RuleReferences {

    /** True when the agent (user) exists in the account. */
    boolean agentExists(long agentId);

    /** True when the team exists in the account. */
    boolean teamExists(long teamId);

    /** True when the inbox exists in the account. */
    boolean inboxExists(long inboxId);

    /** True when the label (compared lowercase) exists in the account. */
    boolean labelExists(String label);

    /** The type of the custom attribute definition, or empty when there is none. */
    Optional<AttributeType> customAttribute(CustomAttributeModel model, String key);

    /** References that accept every id and label and know no custom attribute; for tests and tools. */
    static RuleReferences permissive() {
        return new RuleReferences() {
            @Override
            public boolean agentExists(long agentId) {
                return true;
            }

            @Override
            public boolean teamExists(long teamId) {
                return true;
            }

            @Override
            public boolean inboxExists(long inboxId) {
                return true;
            }

            @Override
            public boolean labelExists(String label) {
                return true;
            }

            @Override
            public Optional<AttributeType> customAttribute(CustomAttributeModel model, String key) {
                return Optional.empty();
            }
        };
    }
}
