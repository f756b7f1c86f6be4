package io.konversio.rules;

import io.konversio.core.account.AccountId;
import io.konversio.rules.spi.RuleStore;
import io.konversio.rules.store.InMemoryRuleStore;
import java.util.List;
import java.util.Optional;

/**
 * An in-memory rule store that breaks down after a given number of row writes, as a database that goes away in the
 * middle of a change would: a single write past the budget fails, and so does a whole {@link #apply} batch that
 * would go past it (keeping nothing, as a rolled-back transaction). Thread-safe.
 */
final class FailingRuleStore implements RuleStore {
    private final InMemoryRuleStore rules = InMemoryRuleStore.create();
    private int budget = Integer.MAX_VALUE;

    /** From now on, fail once more than {@code rows} rows have been written. */
    synchronized void failAfter(int rows) {
        budget = rows;
    }

    private synchronized void spend(int rows) {
        if (rows > budget) {
            budget = 0;
            throw new IllegalStateException("the rule store went away");
        }
        budget -= rows;
    }

    @Override
    public RuleId nextId() {
        return rules.nextId();
    }

    @Override
    public void insert(AutomationRule rule) {
        spend(1);
        rules.insert(rule);
    }

    @Override
    public boolean update(AutomationRule rule) {
        spend(1);
        return rules.update(rule);
    }

    @Override
    public boolean delete(AccountId account, RuleId id) {
        spend(1);
        return rules.delete(account, id);
    }

    @Override
    public void apply(AccountId account, List<AutomationRule> save, List<RuleId> delete) {
        spend(save.size() + delete.size());
        rules.apply(account, save, delete);
    }

    @Override
    public Optional<AutomationRule> find(AccountId account, RuleId id) {
        return rules.find(account, id);
    }

    @Override
    public List<AutomationRule> list(AccountId account) {
        return rules.list(account);
    }
}
