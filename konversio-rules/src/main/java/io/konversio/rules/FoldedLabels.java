package io.konversio.rules;

import io.konversio.rules.internal.Text;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The labels of a {@link ConversationFact}: case-folded, distinct, in the order first added, immutable. The record
 * keeps an instance as it is, so adding or removing a label ({@link #with}, {@link #without}) copies one small array
 * instead of folding and hashing every label twice, as a {@code LinkedHashSet} copy and the record's own copy did.
 * Small sets are searched in order; a set of more than {@link #LINEAR_MAX} labels also keeps a hash set. Thread-safe.
 */
final class FoldedLabels extends AbstractSet<String> {
    static final FoldedLabels EMPTY = new FoldedLabels(new String[0]);
    /** Up to this many labels, {@link #contains} compares them in order (a conversation has a few). */
    private static final int LINEAR_MAX = 8;

    private final String[] labels;
    private final @Nullable Set<String> index;

    private FoldedLabels(String[] labels) {
        this.labels = labels;
        this.index = labels.length > LINEAR_MAX ? new HashSet<>(Arrays.asList(labels)) : null;
    }

    /** {@code labels} folded ({@link Text#fold}), without duplicates; the set itself when it is one already. */
    static FoldedLabels of(Set<String> labels) {
        if (labels instanceof FoldedLabels f) {
            return f;
        }
        if (labels.isEmpty()) {
            return EMPTY;
        }
        FoldedLabels out = EMPTY;
        for (String label : labels) {
            out = out.with(Text.fold(label));
        }
        return out;
    }

    /** This set with {@code folded} (already case-folded) added at the end; this set when it has it. */
    FoldedLabels with(String folded) {
        if (contains(folded)) {
            return this;
        }
        String[] next = Arrays.copyOf(labels, labels.length + 1);
        next[labels.length] = folded;
        return new FoldedLabels(next);
    }

    /** This set without {@code folded} (already case-folded); this set when it does not have it. */
    FoldedLabels without(String folded) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(folded)) {
                String[] next = new String[labels.length - 1];
                System.arraycopy(labels, 0, next, 0, i);
                System.arraycopy(labels, i + 1, next, i, next.length - i);
                return next.length == 0 ? EMPTY : new FoldedLabels(next);
            }
        }
        return this;
    }

    @Override
    public boolean contains(@Nullable Object o) {
        Set<String> i = index;
        if (i != null) {
            return i.contains(o);
        }
        for (String label : labels) {
            if (label.equals(o)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return labels.length;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < labels.length;
            }

            @Override
            public String next() {
                if (next >= labels.length) {
                    throw new NoSuchElementException();
                }
                return labels[next++];
            }
        };
    }
}
