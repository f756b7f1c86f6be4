package io.konversio.rules;

import io.konversio.core.Konversio;
import io.konversio.core.account.AccountId;
import io.konversio.rules.spi.RuleReferences;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The {@link RuleReferences} the shared engine compiles with. The engine serves every account but asks for custom
 * attribute types without naming one, so each engine call runs {@link #in} the account it is for, and look-ups go
 * to that account's definitions. Thread-safe (the account is held per thread).
 */
final class AccountScope implements RuleReferences {
    private final ThreadLocal<@Nullable AccountId> current = new ThreadLocal<>();
    private final Supplier<Konversio> konversio;

    AccountScope(Supplier<Konversio> konversio) {
        this.konversio = konversio;
    }

    /** Runs {@code work} with look-ups going to {@code account}. */
    <T> T in(AccountId account, Supplier<T> work) {
        AccountId outer = current.get();
        current.set(account);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }

    private RuleReferences references() {
        AccountId account = current.get();
        if (account == null) {
            throw new IllegalStateException("rule references used outside an account scope");
        }
        return new CoreReferences(konversio.get().desk(account));
    }

    @Override
    public boolean agentExists(long agentId) {
        return references().agentExists(agentId);
    }

    @Override
    public boolean teamExists(long teamId) {
        return references().teamExists(teamId);
    }

    @Override
    public boolean inboxExists(long inboxId) {
        return references().inboxExists(inboxId);
    }

    @Override
    public boolean labelExists(String label) {
        return references().labelExists(label);
    }

    @Override
    public Optional<AttributeType> customAttribute(CustomAttributeModel model, String key) {
        return references().customAttribute(model, key);
    }
}
