package io.konversio.rules.internal;

import io.konversio.rules.AutomationRule;
import io.konversio.rules.ConversationFact;
import io.konversio.rules.EvaluationResult;
import io.konversio.rules.spi.ActionExecutor;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One account's compiled rules: an immutable KieBase plus a pool of idle sessions. Thread-safe: each
 * evaluation borrows a session that no other thread holds (a KieSession is never shared between threads)
 * and returns it clean.
 *
 * <p>Sessions run with {@code ThreadSafeOption.NO}, since each is confined to one thread at a time: that skips
 * Drools' synchronized propagation list and concurrent agenda state machine (about a fifth of an evaluation
 * at 1,000 rules). Drools 10.2's lambda consequences then cache the facts they fetch in the consequence
 * object, which belongs to the shared KieBase, so concurrent sessions would fire each other's rules: our
 * consequences therefore take no fact and find their evaluation through {@link FiringContext#current()}
 * ({@code ConcurrentEvaluationTest} fails with a fact-taking consequence).
 *
 * <p>An event that no rule can match as it enters (see {@link ReaderIndex#mayFire}: all the rules of its trigger
 * and inbox are keyword dispatched and none of their keywords occurs) does not touch a session: the alpha
 * network would have routed it nowhere, so the result is the same, without the session's fixed cost.
 */
final class CompiledRuleSet {
    private static final int MAX_IDLE = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    private final long accountId;
    private final KieBase kieBase;
    private final ReaderIndex readers;
    private final @Nullable KeywordAutomaton keywords;
    private final List<AutomationRule> rules;
    /** Idle sessions; a null slot is free. Borrowing and giving back allocate nothing. */
    private final AtomicReferenceArray<@Nullable PooledSession> idle = new AtomicReferenceArray<>(MAX_IDLE);

    CompiledRuleSet(long accountId, KieBase kieBase, ReaderIndex readers, @Nullable KeywordAutomaton keywords,
                    List<AutomationRule> rules) {
        this.accountId = accountId;
        this.kieBase = kieBase;
        this.readers = readers;
        this.keywords = keywords;
        this.rules = List.copyOf(rules);
    }

    long accountId() {
        return accountId;
    }

    List<AutomationRule> rules() {
        return rules;
    }

    EvaluationResult evaluate(ConversationFact event, ActionExecutor executor, boolean dryRun) {
        WorkingFact fact = new WorkingFact(event, keywords);
        if (!readers.mayFire(fact)) {
            return new EvaluationResult(event, event, List.of(), List.of(), false);
        }
        PooledSession pooled = borrow();
        boolean clean = false;
        try {
            FactHandle handle = pooled.session.insert(fact);
            pooled.context.start(fact, handle, executor, dryRun, readers);
            int limit = rules.size() + 1;
            FiringContext outer = FiringContext.enter(pooled.context);
            int fired;
            try {
                fired = pooled.session.fireAllRules(limit);
            } finally {
                FiringContext.enter(outer);
            }
            EvaluationResult result = new EvaluationResult(event, pooled.context.finalFact(),
                    pooled.context.matched(), pooled.context.actions(), fired >= limit);
            pooled.session.delete(pooled.context.handle());
            pooled.context.clear();
            clean = pooled.session.getFactCount() == 0;
            return result;
        } finally {
            if (clean) {
                giveBack(pooled);
            } else {
                pooled.session.dispose();
            }
        }
    }

    private PooledSession borrow() {
        for (int i = 0; i < MAX_IDLE; i++) {
            PooledSession s = idle.get(i);
            if (s != null && idle.compareAndSet(i, s, null)) {
                return s;
            }
        }
        KieSessionConfiguration conf = KieServices.get().newKieSessionConfiguration();
        conf.setOption(ThreadSafeOption.NO);
        KieSession session = kieBase.newKieSession(conf, null);
        FiringContext context = new FiringContext(session);
        return new PooledSession(session, context);
    }

    private void giveBack(PooledSession s) {
        for (int i = 0; i < MAX_IDLE; i++) {
            if (idle.get(i) == null && idle.compareAndSet(i, null, s)) {
                return;
            }
        }
        s.session.dispose();
    }

    /** Disposes idle sessions; sessions in use are disposed when their evaluation ends. */
    void close() {
        for (int i = 0; i < MAX_IDLE; i++) {
            PooledSession s = idle.getAndSet(i, null);
            if (s != null) {
                s.session.dispose();
            }
        }
    }

    private record PooledSession(KieSession session, FiringContext context) {
    }
}
