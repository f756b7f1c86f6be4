package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Threads evaluating different events against one account's rules at once (one shared KieBase, a session
 * each) get exactly what one thread evaluating them in turn gets: nothing of one evaluation leaks into
 * another.
 */
class ConcurrentEvaluationTest {
    private static final int THREADS = 4;

    @Test
    void concurrentEvaluationsGiveTheSequentialResults() throws Exception {
        List<AutomationRule> rules = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            AutomationRule.Builder r = Facts.rule(i + 1, i, RuleEvent.MESSAGE_CREATED)
                    .allOf(Condition.of("content", Operator.CONTAINS, "kw" + (i % 40)));
            if (i % 3 == 1) { // chains on labels that earlier rules add
                r.allOf(Condition.of("content", Operator.CONTAINS, "kw" + (i % 40)),
                        Condition.of("labels", Operator.EQUAL_TO, "l" + ((i - 1) % 40)));
            }
            rules.add(r.action(RuleAction.of("add_label", "l" + (i % 40))).build());
        }
        RuleEngine engine = RuleEngine.builder().build();
        engine.replaceRules(1, rules);
        Random random = new Random(7);
        List<ConversationFact> events = new ArrayList<>();
        for (int e = 0; e < 400; e++) {
            StringBuilder content = new StringBuilder();
            for (int w = random.nextInt(4); w > 0; w--) {
                content.append(" KW").append(random.nextInt(45)).append(" filler");
            }
            events.add(Facts.message(content.toString()).conversationId(e + 1).build());
        }
        List<EvaluationResult> expected = new ArrayList<>();
        for (ConversationFact e : events) {
            expected.add(engine.evaluate(e));
        }
        assertThat(expected).anySatisfy(r -> assertThat(r.matchedRules()).hasSizeGreaterThan(2));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(THREADS);
        try {
            List<Future<List<String>>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                workers.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < events.size(); i++) {
                            order.add(i);
                        }
                    }
                    Collections.shuffle(order, new Random(seed));
                    List<String> mismatches = new ArrayList<>();
                    start.countDown();
                    start.await();
                    for (int i : order) {
                        EvaluationResult r = engine.evaluate(events.get(i));
                        EvaluationResult want = expected.get(i);
                        if (!r.matchedRules().equals(want.matchedRules())
                                || !r.finalFact().equals(want.finalFact())) {
                            mismatches.add("event " + i + ": " + r.matchedRules() + " instead of "
                                    + want.matchedRules());
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<List<String>> w : workers) {
                assertThat(w.get(2, TimeUnit.MINUTES)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
