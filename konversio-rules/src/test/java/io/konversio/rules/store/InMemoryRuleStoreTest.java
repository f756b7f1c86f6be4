package io.konversio.rules.store;

import io.konversio.rules.spi.RuleStore;
import io.konversio.rules.spi.contract.RuleStoreContract;

class InMemoryRuleStoreTest extends RuleStoreContract {
    @Override
    protected RuleStore newStore() {
        return InMemoryRuleStore.create();
    }
}
