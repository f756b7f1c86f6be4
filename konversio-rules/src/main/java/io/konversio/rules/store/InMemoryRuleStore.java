package io.konversio.rules.store;

import io.konversio.core.account.AccountId;
import io.konversio.rules.AutomationRule;
import io.konversio.rules.RuleId;
import io.konversio.rules.spi.RuleStore;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link RuleStore} in memory, the default of {@code Automation}; lost on restart. Thread-safe: writes take the
 * store's lock and replace an account's rules with a new immutable map, so readers never wait and always see
 * whole changes.
 */
public final class InMemoryRuleStore implements RuleStore {
    private static final Comparator<AutomationRule> ORDER = Comparator.comparingInt(AutomationRule::position)
            .thenComparingLong(r -> r.id().orElseThrow().value());

    private final AtomicLong ids = new AtomicLong();
    private final ConcurrentMap<Long, Map<RuleId, AutomationRule>> accounts = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Long> revisions = new ConcurrentHashMap<>();

    private InMemoryRuleStore() {
    }

    /** An empty store. */
    public static InMemoryRuleStore create() {
        return new InMemoryRuleStore();
    }

    /** Counts the account's changes (every write goes through {@link #apply}). */
    @Override
    public long revision(AccountId account) {
        return revisions.getOrDefault(Objects.requireNonNull(account, "account").value(), 0L);
    }

    @Override
    public RuleId nextId() {
        return RuleId.of(ids.incrementAndGet());
    }

    @Override
    public synchronized void insert(AutomationRule rule) {
        RuleId id = checked(rule);
        if (rules(rule.accountId()).containsKey(id)) {
            throw taken(id);
        }
        apply(AccountId.of(rule.accountId()), List.of(rule), List.of());
    }

    @Override
    public synchronized boolean update(AutomationRule rule) {
        RuleId id = checked(rule);
        if (!rules(rule.accountId()).containsKey(id)) {
            return false;
        }
        apply(AccountId.of(rule.accountId()), List.of(rule), List.of());
        return true;
    }

    @Override
    public synchronized boolean delete(AccountId account, RuleId id) {
        Objects.requireNonNull(id, "id");
        if (!rules(account.value()).containsKey(id)) {
            return false;
        }
        apply(account, List.of(), List.of(id));
        return true;
    }

    @Override
    public synchronized void apply(AccountId account, List<AutomationRule> save, List<RuleId> delete) {
        Objects.requireNonNull(account, "account");
        revisions.merge(account.value(), 1L, Long::sum);
        Map<RuleId, AutomationRule> next = new HashMap<>(rules(account.value()));
        delete.forEach(id -> next.remove(Objects.requireNonNull(id, "id")));
        for (AutomationRule rule : save) {
            RuleId id = checked(rule);
            if (rule.accountId() != account.value()) {
                throw new IllegalArgumentException("rule " + id.value() + " belongs to account " + rule.accountId()
                        + ", not " + account.value());
            }
            if (ownedByAnother(account.value(), id)) {
                throw taken(id);
            }
            next.put(id, rule);
        }
        accounts.put(account.value(), Map.copyOf(next));
        save.forEach(rule -> ids.accumulateAndGet(rule.id().orElseThrow().value(), Math::max));
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
        return accounts.getOrDefault(account, Map.of());
    }

    private boolean ownedByAnother(long account, RuleId id) {
        for (Map.Entry<Long, Map<RuleId, AutomationRule>> other : accounts.entrySet()) {
            if (other.getKey() != account && other.getValue().containsKey(id)) {
                return true;
            }
        }
        return false;
    }

    private static IllegalArgumentException taken(RuleId id) {
        return new IllegalArgumentException("a rule with id " + id.value() + " exists");
    }

    private static RuleId checked(AutomationRule rule) {
        Objects.requireNonNull(rule, "rule");
        if (rule.accountId() <= 0) {
            throw new IllegalArgumentException("a stored rule needs an account: " + rule.name());
        }
        return rule.id().orElseThrow(() -> new IllegalArgumentException("a stored rule needs an id: " + rule.name()));
    }
}
