package io.konversio.rules.internal;

import io.konversio.rules.Operator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Text operators over an already-folded value; stateless. */
final class TextTests {
    private TextTests() {
    }

    /** {@code value} extracts the folded text (null when absent); {@code values} are raw condition values. */
    static FactTest test(Operator op, List<String> values,
                                       Function<WorkingFact, @Nullable String> value) {
        Set<String> folded = ConditionPredicates.foldAll(values);
        String[] array = folded.toArray(String[]::new);
        return switch (op) {
            case EQUAL_TO -> equal(value, folded, array);
            case NOT_EQUAL_TO -> equal(value, folded, array).negate();
            case CONTAINS -> contains(value, array);
            case DOES_NOT_CONTAIN -> contains(value, array).negate();
            case STARTS_WITH -> w -> {
                String x = value.apply(w);
                if (x == null) {
                    return false;
                }
                for (String v : array) {
                    if (x.startsWith(v)) {
                        return true;
                    }
                }
                return false;
            };
            case IS_PRESENT -> present(value);
            case IS_NOT_PRESENT -> present(value).negate();
            default -> throw new IllegalArgumentException("operator " + op.code() + " is not a text operator");
        };
    }

    private static FactTest equal(Function<WorkingFact, @Nullable String> value, Set<String> folded,
                                                String[] array) {
        if (array.length == 1) {
            String only = array[0];
            return w -> only.equals(value.apply(w));
        }
        return w -> {
            String x = value.apply(w);
            return x != null && folded.contains(x);
        };
    }

    private static FactTest contains(Function<WorkingFact, @Nullable String> value, String[] array) {
        if (array.length == 1) {
            String only = array[0];
            return w -> {
                String x = value.apply(w);
                return x != null && x.contains(only);
            };
        }
        return w -> {
            String x = value.apply(w);
            if (x == null) {
                return false;
            }
            for (String v : array) {
                if (x.contains(v)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static FactTest present(Function<WorkingFact, @Nullable String> value) {
        return w -> {
            String x = value.apply(w);
            return x != null && !x.isEmpty();
        };
    }
}
