package io.konversio.rules.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.konversio.core.account.AccountId;
import io.konversio.rules.AttributeType;
import io.konversio.rules.AutomationRule;
import io.konversio.rules.Condition;
import io.konversio.rules.ConditionGroup;
import io.konversio.rules.ConditionNode;
import io.konversio.rules.ConversationFact;
import io.konversio.rules.EvaluationResult;
import io.konversio.rules.Explanation;
import io.konversio.rules.RuleEngine;
import io.konversio.rules.RuleEvent;
import io.konversio.rules.RuleId;
import io.konversio.rules.spi.ActionExecutor;
import io.konversio.rules.spi.RuleReferences;
import io.konversio.rules.spi.RuleSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Drools-backed {@link RuleEngine}: one immutable KieBase per account, cached in Caffeine and replaced
 * atomically; a pooled session per evaluation. Thread-safe.
 */
public final class DroolsRuleEngine implements RuleEngine {
    private static final Logger LOG = LoggerFactory.getLogger(DroolsRuleEngine.class);

    private final ActionExecutor executor;
    private final RuleReferences references;
    private final RuleSource source;
    private final Cache<Long, CompiledRuleSet> cache;

    /** Use {@link RuleEngine#builder()}. */
    public DroolsRuleEngine(ActionExecutor executor, RuleReferences references, RuleSource source,
                            @Nullable Long maximumAccounts) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.references = Objects.requireNonNull(references, "references");
        this.source = Objects.requireNonNull(source, "source");
        Caffeine<Object, Object> builder = Caffeine.newBuilder();
        if (maximumAccounts != null) {
            builder.maximumSize(maximumAccounts);
        }
        this.cache = builder.<Long, CompiledRuleSet>removalListener((k, v, cause) -> {
            if (v != null) {
                v.close();
            }
        }).build();
    }

    @Override
    public void replaceRules(long accountId, List<AutomationRule> rules) {
        cache.put(accountId, compile(accountId, rules));
    }

    @Override
    public void evict(long accountId) {
        cache.invalidate(accountId);
    }

    @Override
    public List<AutomationRule> rules(long accountId) {
        return ruleSet(accountId).rules();
    }

    @Override
    public EvaluationResult evaluate(ConversationFact event) {
        return ruleSet(event.accountId()).evaluate(event, executor, false);
    }

    @Override
    public EvaluationResult dryRun(ConversationFact event) {
        return ruleSet(event.accountId()).evaluate(event, executor, true);
    }

    @Override
    public Explanation explain(AutomationRule rule, ConversationFact fact) {
        WorkingFact working = new WorkingFact(fact);
        RuleEvent trigger = rule.event();
        boolean triggerMatches = trigger.isStatusSpecific()
                ? fact.event() == RuleEvent.CONVERSATION_STATUS_CHANGED
                && (trigger == RuleEvent.CONVERSATION_OPENED ? "open" : "resolved").equals(fact.eventStatus())
                : fact.event() == trigger;
        List<Explanation.ConditionResult> leaves = new ArrayList<>();
        ConditionPredicates predicates = predicates(fact.accountId());
        collect(predicates, rule.conditions(), "$.conditions", working, leaves);
        boolean holds = predicates.compile(rule.conditions()).test().test(working);
        return new Explanation(rule, triggerMatches, holds, leaves);
    }

    private static void collect(ConditionPredicates predicates, ConditionNode node, String path, WorkingFact fact,
                                List<Explanation.ConditionResult> out) {
        if (node instanceof Condition leaf) {
            out.add(new Explanation.ConditionResult(path, leaf, predicates.compile(leaf).test().test(fact)));
            return;
        }
        ConditionGroup group = (ConditionGroup) node;
        if (group.kind() == ConditionGroup.Kind.NOT) {
            collect(predicates, group.children().get(0), path + ".not", fact, out);
            return;
        }
        for (int i = 0; i < group.children().size(); i++) {
            collect(predicates, group.children().get(i), path + "." + group.kind().key() + "[" + i + "]", fact, out);
        }
    }

    private CompiledRuleSet ruleSet(long accountId) {
        return cache.get(accountId, id -> compile(id, source.rules(id)));
    }

    private CompiledRuleSet compile(long accountId, List<AutomationRule> rules) {
        List<AutomationRule> enabled = new ArrayList<>();
        Set<RuleId> ids = new HashSet<>();
        for (AutomationRule rule : rules) {
            RuleId id = rule.id().orElseThrow(() ->
                    new IllegalArgumentException("a rule must be stored (have an id) before it runs: " + rule.name()));
            if (!ids.add(id)) {
                throw new IllegalArgumentException("duplicate rule id " + id.value());
            }
            if (rule.accountId() != 0 && rule.accountId() != accountId) {
                throw new IllegalArgumentException("rule " + id.value() + " belongs to account " + rule.accountId()
                        + ", not " + accountId);
            }
            if (rule.enabled()) {
                enabled.add(rule);
            }
        }
        enabled.sort(Comparator.comparingInt(AutomationRule::position)
                .thenComparingLong(r -> r.id().orElseThrow().value()));
        List<RuleMeta> metas = new ArrayList<>();
        for (int i = 0; i < enabled.size(); i++) {
            metas.add(new RuleMeta(i, enabled.get(i).id().orElseThrow(), enabled.get(i)));
        }
        long start = System.nanoTime();
        RuleCompiler.Compiled compiled = new RuleCompiler(predicates(accountId)).compile(metas);
        LOG.debug("compiled {} rules for account {} in {} ms", metas.size(), accountId,
                (System.nanoTime() - start) / 1_000_000);
        return new CompiledRuleSet(accountId, compiled.kieBase(), compiled.readers(), compiled.keywords(),
                enabled);
    }

    /** Predicates that compare the account's custom attributes in the types of its definitions. */
    private ConditionPredicates predicates(long accountId) {
        return new ConditionPredicates((model, key) -> references.customAttribute(AccountId.of(accountId), model, key)
                .orElseGet(() -> {
                    LOG.warn("account {} has no {} custom attribute '{}'; comparing it as text", accountId,
                            model.code(), key);
                    return AttributeType.TEXT;
                }));
    }
}
