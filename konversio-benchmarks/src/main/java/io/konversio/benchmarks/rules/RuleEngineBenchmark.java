package io.konversio.benchmarks.rules;

import io.konversio.rules.ConversationFact;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Events per second on one thread for the Drools engine and the two baselines, at 10 to 10,000 rules.
 * One operation = one event evaluated (rules matched, actions applied to the fact).
 *
 * <p>Run: {@code mvn -q -pl konversio-benchmarks -am package -DskipTests &&
 * java -jar konversio-benchmarks/target/benchmarks.jar RuleEngine -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 * Not thread-safe (JMH runs it on one thread per state).
 *
 * <p>Each fork gets a fixed heap, touched when the JVM starts. With the default growing heap, the engines that
 * allocate most (Drools: a fact handle, tuples and a result per event) spent whole seconds of a fork faulting in
 * fresh heap pages: 20-34 % of the benchmark thread's CPU time was the kernel's, and its events per second fell to
 * half in those phases, which came and went with the heap's growth. A fork that met more of them measured lower,
 * whatever the code. The same flags apply to the three engines.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class RuleEngineBenchmark {
    @Param({"10", "100", "1000", "10000"})
    public int rules;

    /** add_label changes the fact (later rules are re-checked); send_message does not. */
    @Param({"add_label", "send_message"})
    public String action;

    /** {@code kw} or {@code words} (see {@link RuleWorkload#create(int, int, String, String)}); {@code -p keywords=words}. */
    @Param({"kw"})
    public String keywords;

    private List<ConversationFact> events = List.of();
    private RuleEngine drools = RuleEngine.builder().build();
    private NaiveEvaluator naive = new NaiveEvaluator(List.of());
    private IndexedEvaluator indexed = new IndexedEvaluator(List.of());
    private int next;

    @Setup
    public void setUp() {
        RuleWorkload workload = RuleWorkload.create(rules, 20_000, action, keywords);
        events = workload.events();
        drools = RuleEngine.builder().build();
        drools.replaceRules(1, workload.rules());
        naive = new NaiveEvaluator(workload.rules());
        indexed = new IndexedEvaluator(workload.rules());
    }

    private ConversationFact nextEvent() {
        ConversationFact e = events.get(next);
        next = next + 1 == events.size() ? 0 : next + 1;
        return e;
    }

    @Benchmark
    public void drools(Blackhole bh) {
        bh.consume(drools.evaluate(nextEvent()).matchedRules().size());
    }

    @Benchmark
    public void naiveLoop(Blackhole bh) {
        bh.consume(naive.evaluate(nextEvent()));
    }

    @Benchmark
    public void handIndexed(Blackhole bh) {
        bh.consume(indexed.evaluate(nextEvent()));
    }
}
