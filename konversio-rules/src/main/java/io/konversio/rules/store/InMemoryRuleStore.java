package io.konversio.rules.store;

import io.konversio.core.account.AccountId;
import io.konversio.rules.AutomationRule;
import io.konversio.rules.RuleId;
import io.konversio.rules.spi.RuleStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link RuleStore} in memory, the default of {@code Automation}; lost on restart. Thread-safe. */
public final class InMemoryRuleStore implements RuleStore {
    private static final Comparator<AutomationRule> ORDER = Comparator.comparingInt(AutomationRule::position)
            .thenComparingLong(r -> r.id().orElseThrow().value());

    private final AtomicLong ids = new AtomicLong();
    private final ConcurrentMap<Long, Map<RuleId, AutomationRule>> accounts = new ConcurrentHashMap<>();

    private InMemoryRuleStore() {
    }

    /** An empty store. */
    public static InMemoryRuleStore create() {
        return new InMemoryRuleStore();
    }

    @Override
    public RuleId nextId() {
        return RuleId.of(ids.incrementAndGet());
    }

    @Override
    public synchronized void insert(AutomationRule rule) {
        RuleId id = checked(rule);
        Map<RuleId, AutomationRule> rules = rules(rule.accountId());
        for (Map<RuleId, AutomationRule> other : accounts.values()) {
            if (other.containsKey(id)) {
                throw new IllegalArgumentException("a rule with id " + id.value() + " exists");
            }
        }
        if (rules.putIfAbsent(id, rule) != null) {
            throw new IllegalArgumentException("a rule with id " + id.value() + " exists");
        }
        ids.accumulateAndGet(id.value(), Math::max);
    }

    @Override
    public boolean update(AutomationRule rule) {
        RuleId id = checked(rule);
        return rules(rule.accountId()).replace(id, rule) != null;
    }

    @Override
    public boolean delete(AccountId account, RuleId id) {
        Objects.requireNonNull(id, "id");
        return rules(account.value()).remove(id) != null;
    }

    @Override
    public Optional<AutomationRule> find(AccountId account, RuleId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(rules(account.value()).get(id));
    }

    @Override
    public List<AutomationRule> list(AccountId account) {
        return rules(account.value()).values().stream().sorted(ORDER).toList();
    }

    private Map<RuleId, AutomationRule> rules(long account) {
        return accounts.computeIfAbsent(account, a -> new ConcurrentHashMap<>());
    }

    private static RuleId checked(AutomationRule rule) {
        Objects.requireNonNull(rule, "rule");
        if (rule.accountId() <= 0) {
            throw new IllegalArgumentException("a stored rule needs an account: " + rule.name());
        }
        return rule.id().orElseThrow(() -> new IllegalArgumentException("a stored rule needs an id: " + rule.name()));
    }
}
