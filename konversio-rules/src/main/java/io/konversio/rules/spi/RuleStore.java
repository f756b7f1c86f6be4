package io.konversio.rules.spi;

import io.konversio.core.account.AccountId;
import io.konversio.rules.AutomationRule;
import io.konversio.rules.RuleId;
import java.util.List;
import java.util.Optional;

/**
 * Keeps automation rules, per account. {@code io.konversio.rules.store.InMemoryRuleStore} is the default;
 * konversio-jdbc implements it for a database. Implementations run the abstract contract test
 * {@code io.konversio.rules.spi.contract.RuleStoreContract} from konversio-rules' test jar. Implementations must be
 * thread-safe. The automation module serializes changes to one account's rules within one process; a change that
 * touches several rules (a move, a delete that closes the gap, an import) is one {@link #apply} call.
 */
public interface RuleStore {

    /** A new rule id, never handed out before by this store. */
    RuleId nextId();

    /**
     * Stores a new rule, which has an id and a positive account id.
     *
     * @throws IllegalArgumentException if the rule has no id or account, or a rule with its id exists
     */
    void insert(AutomationRule rule);

    /**
     * Replaces the stored rule with the same id and account.
     *
     * @return false (and nothing changed) when there is no such rule in that account
     */
    boolean update(AutomationRule rule);

    /** Deletes the rule; returns false when the account has no rule with that id. */
    boolean delete(AccountId account, RuleId id);

    /**
     * Changes several of the account's rules at once: deletes the rules {@code delete} (ids the account does not
     * have are skipped), then stores every rule of {@code save}, replacing the account's rule with its id or
     * inserting it when the account has none. All or nothing: when any change fails, none is kept, and no reader
     * ever sees some of the changes without the others. Concurrent calls for one account take effect one after the
     * other.
     *
     * @throws IllegalArgumentException if a rule to save has no id, belongs to another account, or has the id of
     *     another account's rule (nothing changed)
     */
    void apply(AccountId account, List<AutomationRule> save, List<RuleId> delete);

    /** The account's rule with that id. */
    Optional<AutomationRule> find(AccountId account, RuleId id);

    /** Every rule of the account, enabled or not, by position and then by id. */
    List<AutomationRule> list(AccountId account);

    /**
     * A number that changes with every change to the account's rules, made through this object or through another
     * one on the same storage (another node): {@code Automation} reads it now and then to notice changes made
     * elsewhere and compile the rules again. Reading it must be cheap. The default, for stores that cannot count
     * changes, hashes the account's rules (a change then goes unnoticed only on a hash collision).
     */
    default long revision(AccountId account) {
        return list(account).hashCode();
    }
}
