package io.konversio.rules.spi;

import io.konversio.rules.AutomationRule;
import java.util.List;

/**
 * Supplies an account's rules when the engine has none cached for it (first use, or after eviction).
 * Implementations must be thread-safe; konversio-core backs this with its rule store.
 */
@FunctionalInterface
public interface RuleSource {

    /** Every rule of the account (disabled ones included; the engine skips them). */
    List<AutomationRule> rules(long accountId);
}
