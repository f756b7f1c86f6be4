package io.konversio.rules;

import io.konversio.core.Desk;
import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.account.AccountId;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessageType;
import io.konversio.rules.spi.RuleReferences;
import io.konversio.rules.spi.RuleStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.time.Clock;

/**
 * {@link AutomationRules} over a {@link RuleStore}: changes of one account are serialized by its lock, validated
 * against the account's data, stored, and then swapped into the engine. Thread-safe.
 */
final class StoredAutomationRules implements AutomationRules {
    private final AccountId account;
    private final Desk desk;
    private final RuleStore store;
    private final RuleEngine engine;
    private final RuleReferences references;
    private final RuleJson json;
    private final EventFacts facts;
    private final ReentrantLock lock;
    private final Clock clock;

    StoredAutomationRules(AccountId account, Desk desk, RuleStore store, RuleEngine engine, RuleReferences references,
                          RuleJson json, EventFacts facts, ReentrantLock lock, Clock clock) {
        this.clock = clock;
        this.account = account;
        this.desk = desk;
        this.store = store;
        this.engine = engine;
        this.references = references;
        this.json = json;
        this.facts = facts;
        this.lock = lock;
    }

    @Override
    public AccountId accountId() {
        return account;
    }

    @Override
    public AutomationRule create(AutomationRule rule) {
        Objects.requireNonNull(rule, "rule");
        return change(() -> append(List.of(validator().check(rule))).get(0));
    }

    @Override
    public AutomationRule create(String text) {
        Objects.requireNonNull(text, "json");
        return change(() -> append(List.of(json.read(text, validator()))).get(0));
    }

    @Override
    public AutomationRule update(AutomationRule rule) {
        Objects.requireNonNull(rule, "rule");
        RuleId id = rule.id().orElseThrow(() -> new InvalidInputException("id", null, "the rule to update has no id"));
        return change(() -> replace(id, validator().check(rule)));
    }

    @Override
    public AutomationRule update(RuleId id, String text) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "json");
        return change(() -> replace(id, json.read(text, validator())));
    }

    @Override
    public void delete(RuleId id) {
        Objects.requireNonNull(id, "id");
        change(() -> {
            List<AutomationRule> stored = store.list(account);
            List<AutomationRule> order = new ArrayList<>(stored);
            if (!order.removeIf(r -> r.id().equals(Optional.of(id)))) {
                throw notFound(id);
            }
            save(stored, order, List.of(id));
            return null;
        });
    }

    @Override
    public AutomationRule enable(RuleId id) {
        return switchTo(id, true);
    }

    @Override
    public AutomationRule disable(RuleId id) {
        return switchTo(id, false);
    }

    private AutomationRule switchTo(RuleId id, boolean enabled) {
        Objects.requireNonNull(id, "id");
        return change(() -> {
            AutomationRule switched = get(id).toBuilder().enabled(enabled).build();
            store.update(switched);
            return switched;
        });
    }

    @Override
    public AutomationRule move(RuleId id, int position) {
        Objects.requireNonNull(id, "id");
        InvalidInputException.check(position >= 0, "position", position, "must not be negative");
        return change(() -> {
            AutomationRule rule = get(id);
            List<AutomationRule> stored = store.list(account);
            List<AutomationRule> order = new ArrayList<>(stored);
            order.removeIf(r -> r.id().equals(rule.id()));
            int at = Math.min(position, order.size());
            order.add(at, rule);
            return save(stored, order, List.of()).get(at);
        });
    }

    @Override
    public AutomationRule clone(RuleId id) {
        Objects.requireNonNull(id, "id");
        return change(() -> {
            AutomationRule original = get(id);
            List<AutomationRule> stored = store.list(account);
            List<AutomationRule> order = new ArrayList<>(stored);
            int at = order.indexOf(original) + 1;
            order.add(at, original.toBuilder().id(store.nextId()).build());
            return save(stored, order, List.of()).get(at);
        });
    }

    @Override
    public List<AutomationRule> list() {
        return store.list(account);
    }

    @Override
    public Optional<AutomationRule> find(RuleId id) {
        Objects.requireNonNull(id, "id");
        return store.find(account, id);
    }

    @Override
    public AutomationRule get(RuleId id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    @Override
    public List<AutomationRule> importJson(String text) {
        Objects.requireNonNull(text, "json");
        return change(() -> {
            List<ParsedRule> parsed = json.parseOneOrMany(text);
            List<RuleProblem> problems = new ArrayList<>();
            parsed.forEach(p -> problems.addAll(p.problems()));
            if (problems.isEmpty()) {
                RuleValidator validator = validator();
                boolean array = text.stripLeading().startsWith("[");
                for (int i = 0; i < parsed.size(); i++) {
                    String root = array ? "$[" + i + "]" : "$";
                    for (RuleProblem p : validator.problems(parsed.get(i).rule(), parsed.get(i).paths())) {
                        // condition paths are already rooted in the array element; the others start at "$"
                        problems.add(p.path().startsWith(root) ? p
                                : new RuleProblem(root + p.path().substring(1), p.message()));
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidRuleException(problems);
            }
            return append(parsed.stream().map(ParsedRule::rule).toList());
        });
    }

    @Override
    public String exportJson() {
        return json.writeAll(list());
    }

    @Override
    public Explanation explain(RuleId id, ConversationId conversation) {
        AutomationRule rule = get(id);
        ConversationFact fact = factNow(rule.event(), conversation);
        return engine.explain(rule, fact);
    }

    @Override
    public EvaluationResult dryRun(RuleEvent event, ConversationId conversation) {
        Objects.requireNonNull(event, "event");
        return engine.dryRun(factNow(event, conversation));
    }

    @Override
    public EvaluationResult dryRun(ConversationFact fact) {
        InvalidInputException.check(fact.accountId() == account.value(), "fact.accountId", fact.accountId(),
                "is not account " + account.value());
        return engine.dryRun(fact);
    }

    private ConversationFact factNow(RuleEvent event, ConversationId id) {
        Conversation c = desk.conversations().get(id);
        Message message = null;
        if (event == RuleEvent.MESSAGE_CREATED) {
            List<Message> messages = desk.conversations().messages(id);
            for (int i = messages.size() - 1; i >= 0 && message == null; i--) {
                if (messages.get(i).type() != MessageType.ACTIVITY) {
                    message = messages.get(i);
                }
            }
        }
        return facts.of(event, c, message, clock.instant());
    }

    /** Stores new rules at the end of the list, each with a new id, in one store write. */
    private List<AutomationRule> append(List<AutomationRule> rules) {
        List<AutomationRule> stored = store.list(account);
        List<AutomationRule> order = new ArrayList<>(stored);
        for (AutomationRule rule : rules) {
            order.add(rule.toBuilder().id(store.nextId()).accountId(account.value()).build());
        }
        return save(stored, order, List.of()).subList(stored.size(), order.size());
    }

    private AutomationRule replace(RuleId id, AutomationRule rule) {
        AutomationRule existing = get(id);
        AutomationRule updated = rule.toBuilder().id(id).accountId(account.value()).position(existing.position())
                .build();
        if (!store.update(updated)) {
            throw notFound(id);
        }
        return updated;
    }

    /**
     * Numbers the rules 0, 1, 2, ... in the given order and, in one store write, saves those that differ from
     * {@code stored} (new rules, moved rules) and deletes {@code delete}; returns the rules as stored, in order.
     */
    private List<AutomationRule> save(List<AutomationRule> stored, List<AutomationRule> order, List<RuleId> delete) {
        Map<Optional<RuleId>, AutomationRule> before = new HashMap<>();
        stored.forEach(r -> before.put(r.id(), r));
        List<AutomationRule> numbered = new ArrayList<>();
        List<AutomationRule> changed = new ArrayList<>();
        for (AutomationRule rule : order) {
            AutomationRule r = rule.position() == numbered.size() ? rule
                    : rule.toBuilder().position(numbered.size()).build();
            numbered.add(r);
            if (!r.equals(before.get(r.id()))) {
                changed.add(r);
            }
        }
        store.apply(account, changed, delete);
        return numbered;
    }

    /** Runs a change under the account's lock, then swaps the stored rules into the engine. */
    private <T> T change(Supplier<T> work) {
        lock.lock();
        try {
            T result = work.get();
            swap();
            return result;
        } finally {
            lock.unlock();
        }
    }

    private void swap() {
        try {
            engine.replaceRules(account.value(), store.list(account));
        } catch (RuntimeException e) {
            engine.evict(account.value()); // the next event reloads from the store
            throw e;
        }
    }

    private RuleValidator validator() {
        return RuleValidator.of(account, references);
    }

    private NotFoundException notFound(RuleId id) {
        return new NotFoundException("automation rule", id.value());
    }
}
