package io.konversio.benchmarks.rules;

import io.konversio.rules.ConversationFact;
import io.konversio.rules.RuleEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * A quick A/B check for a loaded, shared machine: runs the three engines of {@link RuleEngineBenchmark} in
 * turn, in short windows of 0.3 s of this thread's CPU time (so time spent descheduled does not count), and
 * prints the medians and the median per-round ratios. Not JMH; use it to compare changes, then confirm with
 * JMH on a quiet machine.
 *
 * <p>Run: {@code java -cp konversio-benchmarks/target/benchmarks.jar
 * io.konversio.benchmarks.rules.CpuTimeComparison 1000 add_label 6} (rules, action, rounds). Single-threaded.
 * A fourth argument ({@code drools}, {@code naiveLoop} or {@code handIndexed}) runs that engine alone, so that
 * the JIT compiles it as JMH's own fork would (the others' code does not share its call sites); run each engine
 * so, one after the other, and compare the printed medians ({@code all} runs the three in turn). A fifth argument,
 * {@code kw} or {@code words}, picks the workload's keyword style ({@link RuleWorkload#create(int, int, String,
 * String)}).
 */
public final class CpuTimeComparison {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static volatile long sink;
    private static int next;

    private CpuTimeComparison() {
    }

    public static void main(String[] args) {
        int ruleCount = Integer.parseInt(args[0]);
        String action = args.length > 1 ? args[1] : "add_label";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        String only = args.length > 3 && !args[3].equals("all") ? args[3] : null;
        String keywords = args.length > 4 ? args[4] : "kw";
        RuleWorkload workload = RuleWorkload.create(ruleCount, 20_000, action, keywords);
        List<ConversationFact> events = workload.events();
        RuleEngine drools = RuleEngine.builder().build();
        drools.replaceRules(1, workload.rules());
        IndexedEvaluator indexed = new IndexedEvaluator(workload.rules());
        NaiveEvaluator naive = new NaiveEvaluator(workload.rules());
        double[] d = new double[rounds];
        double[] i = new double[rounds];
        double[] n = new double[rounds];
        double[] toIndexed = new double[rounds];
        double[] toNaive = new double[rounds];
        if (only != null) {
            ToIntFunction<ConversationFact> engine = switch (only) {
                case "drools" -> e -> drools.evaluate(e).matchedRules().size();
                case "naiveLoop" -> naive::evaluate;
                case "handIndexed" -> indexed::evaluate;
                default -> throw new IllegalArgumentException("engine: drools, naiveLoop or handIndexed, not " + only);
            };
            double[] alone = new double[rounds];
            // as many warm-up rounds as measured ones: the naive loop reaches its fastest code only after
            // about ten seconds
            for (int r = -rounds; r < rounds; r++) {
                double t = run(events, engine, 900_000_000L);
                if (r >= 0) {
                    alone[r] = t;
                }
            }
            System.out.printf("rules=%d action=%s events/s of CPU time, %s alone: %.0f%n", ruleCount, action, only,
                    median(alone));
            return;
        }
        for (int r = -3; r < rounds; r++) { // three warm-up rounds
            double td = run(events, e -> drools.evaluate(e).matchedRules().size(), 300_000_000L);
            double ti = run(events, indexed::evaluate, 300_000_000L);
            double tn = run(events, naive::evaluate, 300_000_000L);
            if (r >= 0) {
                d[r] = td;
                i[r] = ti;
                n[r] = tn;
                toIndexed[r] = td / ti;
                toNaive[r] = td / tn;
            }
        }
        System.out.printf("rules=%d action=%s events/s of CPU time: drools=%.0f naiveLoop=%.0f handIndexed=%.0f"
                        + " drools/naive=%.2f drools/indexed=%.2f%n", ruleCount, action, median(d), median(n),
                median(i), median(toNaive), median(toIndexed));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double run(List<ConversationFact> events, ToIntFunction<ConversationFact> engine, long cpuNanos) {
        long start = CPU.getCurrentThreadCpuTime();
        long end = start + cpuNanos;
        long ops = 0;
        long fired = 0;
        while (CPU.getCurrentThreadCpuTime() < end) {
            for (int k = 0; k < 500; k++) {
                fired += engine.applyAsInt(events.get(next));
                next = next + 1 == events.size() ? 0 : next + 1;
                ops++;
            }
        }
        sink += fired;
        return ops / ((CPU.getCurrentThreadCpuTime() - start) / 1e9);
    }
}
