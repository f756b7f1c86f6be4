package io.konversio.rules.internal;

import java.util.function.Predicate;
import org.drools.model.functions.Predicate1;

/**
 * A condition over the working fact that is both a plain {@link Predicate} (explain, the benchmark baselines)
 * and a Drools {@link Predicate1}, so an alpha node calls it directly: a wrapping {@code test::test} would
 * add one megamorphic call, and a cache miss on the wrapper, to every node evaluated. Package-private; no
 * Drools type leaves this package. Immutable and thread-safe, like the conditions it implements.
 */
@FunctionalInterface
interface FactTest extends Predicate<WorkingFact>, Predicate1<WorkingFact> {
    @Override
    boolean test(WorkingFact w);

    @Override
    default FactTest negate() {
        return w -> !test(w);
    }

    /** True when every one of {@code tests} holds for {@code w} (in order, stopping at the first that fails). */
    static boolean all(FactTest[] tests, WorkingFact w) {
        for (FactTest t : tests) {
            if (!t.test(w)) {
                return false;
            }
        }
        return true;
    }

    /** {@code test} as a FactTest (itself when it already is one). */
    static FactTest of(Predicate<WorkingFact> test) {
        return test instanceof FactTest f ? f : test::test;
    }
}
