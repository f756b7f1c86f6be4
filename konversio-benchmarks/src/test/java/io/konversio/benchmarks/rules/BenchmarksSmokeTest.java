package io.konversio.benchmarks.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.rules.RuleEngine;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/** Runs each benchmark method a few times so the benchmarks keep compiling and working; not a timed test. */
class BenchmarksSmokeTest {
    private static final Blackhole BH = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    @Test
    void engineBenchmarksRun() {
        RuleEngineBenchmark b = new RuleEngineBenchmark();
        b.rules = 100;
        b.action = "add_label";
        b.keywords = "kw";
        b.setUp();
        for (int i = 0; i < 50; i++) {
            b.drools(BH);
            b.naiveLoop(BH);
            b.handIndexed(BH);
        }
    }

    @Test
    void buildBenchmarksRun() {
        RuleBaseBuildBenchmark b = new RuleBaseBuildBenchmark();
        b.rules = 100;
        b.setUp();
        assertThat(b.cold()).hasSize(100);
        assertThat(b.warm()).hasSize(100);
    }

    @Test
    void allThreeEnginesFireTheSameRulesOnTheWorkload() {
        fireTheSameRules(RuleWorkload.create(1000, 2000));
        fireTheSameRules(RuleWorkload.create(1000, 2000, "add_label", "words"));
    }

    private static void fireTheSameRules(RuleWorkload workload) {
        RuleEngine drools = RuleEngine.builder().build();
        drools.replaceRules(1, workload.rules());
        NaiveEvaluator naive = new NaiveEvaluator(workload.rules());
        IndexedEvaluator indexed = new IndexedEvaluator(workload.rules());
        long d = 0;
        long n = 0;
        long x = 0;
        for (var event : workload.events()) {
            d += drools.evaluate(event).matchedRules().size();
            n += naive.evaluate(event);
            x += indexed.evaluate(event);
        }
        assertThat(d).isPositive().isEqualTo(n).isEqualTo(x);
    }
}
