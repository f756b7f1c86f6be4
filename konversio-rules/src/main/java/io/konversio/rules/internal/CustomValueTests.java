package io.konversio.rules.internal;

import io.konversio.rules.AttributeChange;
import io.konversio.rules.AttributeType;
import io.konversio.rules.Operator;
import io.konversio.rules.ValueChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Operators on custom attribute values, by the attribute's type; stateless. A stored value that does not
 * parse as its type counts as absent. Dates compare as calendar dates; {@code days_before N} holds when the
 * date is before the event's UTC date minus N days.
 */
final class CustomValueTests {
    private CustomValueTests() {
    }

    static FactTest test(AttributeType type, Operator op, List<String> values,
                                       Function<WorkingFact, @Nullable Object> raw,
                                       Function<WorkingFact, Instant> now) {
        return switch (type) {
            case TEXT, LINK, LIST -> TextTests.test(op, values, w -> {
                Object v = raw.apply(w);
                return v == null ? null : Text.fold(String.valueOf(v));
            });
            case NUMBER -> ordered(op, values, w -> number(raw.apply(w)), CustomValueTests::number);
            case DATE -> {
                if (op == Operator.DAYS_BEFORE) {
                    long days = Long.parseLong(values.get(0).trim());
                    yield w -> {
                        LocalDate d = date(raw.apply(w));
                        return d != null && d.isBefore(now.apply(w).atOffset(ZoneOffset.UTC).toLocalDate()
                                .minusDays(days));
                    };
                }
                yield ordered(op, values, w -> date(raw.apply(w)), CustomValueTests::date);
            }
            case CHECKBOX -> ordered(op, values, w -> bool(raw.apply(w)), CustomValueTests::bool);
        };
    }

    /**
     * {@code attribute_changed} on a number: the values compare as numbers ({@code 5} is {@code 5.00}; {@code nil}
     * is absent), and a change between equal numbers ({@code 5} to {@code 5.00}) is no change.
     */
    static FactTest numberChanged(AttributeChange values,
                                                Function<WorkingFact, @Nullable ValueChange> change) {
        Predicate<@Nullable BigDecimal> from = numberIn(values.from());
        Predicate<@Nullable BigDecimal> to = numberIn(values.to());
        return w -> {
            ValueChange c = change.apply(w);
            if (c == null) {
                return false;
            }
            BigDecimal before = number(c.from());
            BigDecimal after = number(c.to());
            boolean same = before == null ? after == null : after != null && before.compareTo(after) == 0;
            return !same && from.test(before) && to.test(after);
        };
    }

    /** Whether a number (null: absent) is one of {@code values} ({@code nil}: absent); empty accepts any. */
    private static Predicate<@Nullable BigDecimal> numberIn(List<String> values) {
        if (values.isEmpty()) {
            return x -> true;
        }
        boolean nil = values.stream().anyMatch(v -> v.trim().equalsIgnoreCase("nil"));
        List<BigDecimal> numbers = values.stream().map(CustomValueTests::number).filter(n -> n != null).toList();
        return x -> x == null ? nil : numbers.stream().anyMatch(n -> n.compareTo(x) == 0);
    }

    private static <T extends Comparable<? super T>> FactTest ordered(
            Operator op, List<String> values, Function<WorkingFact, @Nullable T> value,
            Function<Object, @Nullable T> parse) {
        List<T> wanted = new ArrayList<>();
        for (String v : values) {
            T parsed = parse.apply(v);
            if (parsed != null) {
                wanted.add(parsed);
            }
        }
        FactTest equal = w -> {
            T x = value.apply(w);
            if (x == null) {
                return false;
            }
            for (T v : wanted) {
                if (x.compareTo(v) == 0) {
                    return true;
                }
            }
            return false;
        };
        FactTest present = w -> value.apply(w) != null;
        return switch (op) {
            case EQUAL_TO -> equal;
            case NOT_EQUAL_TO -> equal.negate();
            case IS_PRESENT -> present;
            case IS_NOT_PRESENT -> present.negate();
            case IS_GREATER_THAN, IS_LESS_THAN -> {
                if (wanted.isEmpty()) {
                    yield w -> false;
                }
                T bound = wanted.get(0);
                int sign = op == Operator.IS_GREATER_THAN ? 1 : -1;
                yield w -> {
                    T x = value.apply(w);
                    return x != null && Integer.signum(x.compareTo(bound)) == sign;
                };
            }
            default -> throw new IllegalArgumentException("operator " + op.code() + " is not allowed here");
        };
    }

    static @Nullable BigDecimal number(@Nullable Object v) {
        if (v == null) {
            return null;
        }
        try {
            return v instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static @Nullable LocalDate date(@Nullable Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC).toLocalDate();
        }
        if (v instanceof OffsetDateTime o) {
            return o.toLocalDate();
        }
        String s = String.valueOf(v).trim();
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static @Nullable Boolean bool(@Nullable Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v == null) {
            return null;
        }
        String s = String.valueOf(v).trim();
        return s.equalsIgnoreCase("true") ? Boolean.TRUE : s.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }
}
