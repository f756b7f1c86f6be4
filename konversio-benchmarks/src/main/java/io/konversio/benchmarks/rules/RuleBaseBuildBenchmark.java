package io.konversio.benchmarks.rules;

import io.konversio.rules.AutomationRule;
import io.konversio.rules.RuleEngine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to compile an account's rules into a KieBase and swap it in ({@code replaceRules}).
 *
 * <p>{@code cold} is the first build in a fresh JVM (class loading and JIT included): one single shot per
 * fork. {@code warm} is the steady state. Run each with its annotations (no -f/-wi/-i overrides):
 * {@code java -jar konversio-benchmarks/target/benchmarks.jar 'RuleBaseBuildBenchmark.cold'} and
 * {@code java -jar konversio-benchmarks/target/benchmarks.jar 'RuleBaseBuildBenchmark.warm'}.
 * Not thread-safe (JMH runs it on one thread per state).
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleBaseBuildBenchmark {
    @Param({"1000"})
    public int rules;

    private List<AutomationRule> ruleList = List.of();
    private RuleEngine engine = RuleEngine.builder().build();

    @Setup
    public void setUp() {
        ruleList = RuleWorkload.create(rules, 0).rules();
        engine = RuleEngine.builder().build();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public List<AutomationRule> cold() {
        engine.replaceRules(1, ruleList);
        return engine.rules(1);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public List<AutomationRule> warm() {
        engine.replaceRules(1, ruleList);
        return engine.rules(1);
    }
}
