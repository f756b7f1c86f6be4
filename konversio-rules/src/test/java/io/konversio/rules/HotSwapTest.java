package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Replacing an account's rules while other threads evaluate: no errors, each sees the old or the new set. */
class HotSwapTest {

    private static List<AutomationRule> ruleSet(long id, String label, int size) {
        List<AutomationRule> rules = new java.util.ArrayList<>();
        rules.add(Facts.rule(id, 0, RuleEvent.MESSAGE_CREATED).action(RuleAction.of("add_label", label)).build());
        for (int i = 1; i < size; i++) { // ballast, so builds take a moment
            rules.add(Facts.rule(id * 1000 + i, i, RuleEvent.MESSAGE_CREATED)
                    .allOf(Condition.of("content", Operator.CONTAINS, "kw" + i)).action(RuleAction.of("add_label", "x"))
                    .build());
        }
        return rules;
    }

    @Test
    void evaluationsSeeEitherTheOldOrTheNewRulesWhileTheyAreReplaced() throws Exception {
        RuleEngine engine = RuleEngine.builder().build();
        List<AutomationRule> a = ruleSet(1, "old", 200);
        List<AutomationRule> b = ruleSet(2, "new", 200);
        engine.replaceRules(1, a);
        AtomicBoolean swapping = new AtomicBoolean(true);
        AtomicInteger evaluations = new AtomicInteger();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch started = new CountDownLatch(2);
        try {
            List<Future<?>> workers = List.of(pool.submit(() -> evaluate(engine, swapping, evaluations, seen, started)),
                    pool.submit(() -> evaluate(engine, swapping, evaluations, seen, started)));
            Future<?> swapper = pool.submit(() -> {
                started.await();
                for (int i = 0; i < 30; i++) {
                    engine.replaceRules(1, i % 2 == 0 ? b : a);
                }
                swapping.set(false);
                return null;
            });
            swapper.get(2, TimeUnit.MINUTES);
            for (Future<?> w : workers) {
                w.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(evaluations.get()).isPositive();
        assertThat(seen).containsExactlyInAnyOrder("old", "new");
    }

    private static Void evaluate(RuleEngine engine, AtomicBoolean swapping, AtomicInteger count, Set<String> seen,
                                 CountDownLatch started) {
        started.countDown();
        int n = 0;
        while ((swapping.get() || n < 100) && n < 2_000_000) {
            EvaluationResult r = engine.evaluate(Facts.message("hello kw7").build());
            // rule 1 or 2 fires first, then the ballast rule for kw7 of the same set; never a mix
            assertThat(r.matchedRules()).hasSize(2);
            long first = r.matchedRules().get(0).value();
            assertThat(first).isIn(1L, 2L);
            assertThat(r.matchedRules().get(1).value()).isEqualTo(first * 1000 + 7);
            seen.add(first == 1 ? "old" : "new");
            n++;
            count.incrementAndGet();
        }
        return null;
    }
}
