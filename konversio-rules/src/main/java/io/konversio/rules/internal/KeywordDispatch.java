package io.konversio.rules.internal;

import io.konversio.rules.ConversationFact;
import io.konversio.rules.StandardAttribute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The keyword key of one bucket of rules (rules that share their alpha-indexed prefix: trigger, inbox /
 * status equalities), on which Drools hashes one alpha node per keyword, so an event reaches only the rules
 * whose required keyword occurs instead of testing every rule of the bucket.
 *
 * <p>Each rule of the bucket needs one of a few {@link Need}s: a keyword that a text attribute (the content,
 * the mail subject, ...) contains, as {@code contains} conditions define it. The key of an event is the
 * index of the one need of the bucket that holds; {@link #NONE} when none holds (then no rule of the bucket
 * can match); {@link #MULTI} when two or more hold (then every rule of the bucket is reached through one
 * shared node and tested in full). So a rule gets one Drools rule per need plus one for {@code MULTI}; the
 * key has one value at a time, so at most one of them is active. Immutable; thread-safe.
 */
final class KeywordDispatch {
    /** The key when none of the bucket's needs holds. */
    static final Integer NONE = -1;
    /** The key when two or more of the bucket's needs hold. */
    static final Integer MULTI = -2;

    /** The text attribute {@code attribute}, folded, contains the folded keyword {@code word}. */
    record Need(StandardAttribute attribute, String word) {
    }

    private final int number;
    /** The needs, grouped by attribute (content first), with their keyword ids and their boxed keys. */
    private final List<Need> needs;
    private final StandardAttribute[] attributes;
    private final List<Function<ConversationFact, @Nullable String>> values;
    private final int[] ids;
    private final String[] words;
    private final Integer[] keys;
    /** The needs before this index are the content's. */
    private final int contentEnd;
    /**
     * By need: the automaton of its attribute's needs in this bucket alone, in which the need has id
     * {@code localIds[j]}; null when too large (then substring tests). A bucket's table is small enough to stay
     * in the CPU's nearest cache, unlike the rule set's, which outgrows it at a thousand keywords.
     */
    private final @Nullable KeywordAutomaton[] local;
    private final int[] localIds;

    /**
     * Bucket {@code number} (unique in its rule set) over the distinct {@code needs} of its rules, whose
     * keywords get their ids from {@code keywords}.
     */
    KeywordDispatch(int number, List<Need> needs, KeywordAutomaton.Builder keywords) {
        this.number = number;
        this.needs = needs.stream().distinct()
                .sorted(Comparator.comparing((Need n) -> n.attribute() != StandardAttribute.CONTENT)
                        .thenComparing(Need::attribute).thenComparing(Need::word))
                .toList();
        int n = this.needs.size();
        attributes = new StandardAttribute[n];
        values = new ArrayList<>();
        ids = new int[n];
        words = new String[n];
        keys = new Integer[n];
        for (int i = 0; i < n; i++) {
            Need need = this.needs.get(i);
            Function<ConversationFact, @Nullable String> value = StandardTests.text(need.attribute());
            if (value == null) {
                throw new IllegalArgumentException("not a text attribute: " + need.attribute().key());
            }
            attributes[i] = need.attribute();
            values.add(value);
            ids[i] = keywords.id(need.word());
            words[i] = need.word();
            keys[i] = i;
        }
        int c = 0;
        while (c < n && attributes[c] == StandardAttribute.CONTENT) {
            c++;
        }
        contentEnd = c;
        local = new KeywordAutomaton[n];
        localIds = new int[n];
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && attributes[to] == attributes[from]) {
                to++;
            }
            KeywordAutomaton.Builder b = new KeywordAutomaton.Builder();
            for (int j = from; j < to; j++) {
                localIds[j] = b.id(words[j]);
                if (localIds[j] != j - from) {
                    throw new IllegalStateException("needs of one attribute must have distinct words");
                }
            }
            KeywordAutomaton automaton = b.build();
            for (int j = from; j < to; j++) {
                local[j] = automaton;
            }
            from = to;
        }
    }

    /** The bucket's number, which makes the key nodes' expression ids unique per bucket. */
    int number() {
        return number;
    }

    /** How many needs the bucket has: its keys are {@link #MULTI}, {@link #NONE} and 0 to this, exclusive. */
    int size() {
        return keys.length;
    }

    /** The key that routes an event to the variant of a rule for {@code need}, one of the bucket's. */
    Integer keyOf(Need need) {
        int at = needs.indexOf(need);
        if (at < 0) {
            throw new IllegalArgumentException(need + " is not in bucket " + number);
        }
        return keys[at];
    }

    /**
     * The key of {@code w}: each attribute's needs found by one scan of the bucket's own automaton for that
     * attribute (or from the rule set's content keyword hits, when a condition already scanned for them). Use
     * {@link WorkingFact#dispatchKey}, which caches it.
     */
    Integer key(WorkingFact w) {
        Integer found = NONE;
        int i = contentEnd;
        if (i > 0) { // the content's needs: most buckets have only those, so no other array is touched
            String content = w.getData().content();
            if (content != null) {
                long[] known = w.knownKeywordHits();
                found = known != null ? match(0, i, known, ids, found) : matchLocal(w, 0, i, content, found);
            }
        }
        while (i < ids.length && !MULTI.equals(found)) {
            StandardAttribute a = attributes[i];
            int end = i + 1;
            while (end < ids.length && attributes[end] == a) {
                end++;
            }
            String raw = values.get(i).apply(w.getData());
            if (raw != null) {
                found = matchLocal(w, i, end, raw, found);
            }
            i = end;
        }
        return found;
    }

    /** {@code found} updated with the needs {@code from} to {@code to} (exclusive), on one attribute valued {@code raw}. */
    private Integer matchLocal(WorkingFact w, int from, int to, String raw, Integer found) {
        KeywordAutomaton automaton = local[from];
        if (automaton == null) {
            String folded = w.folded(attributes[from], raw);
            Integer key = found;
            for (int j = from; j < to; j++) {
                if (folded != null && folded.contains(words[j])) {
                    if (!NONE.equals(key)) {
                        return MULTI;
                    }
                    key = keys[j];
                }
            }
            return key;
        }
        int one = automaton.scanAsciiOne(raw);
        if (one == KeywordAutomaton.NOT_ASCII) {
            return match(from, to, automaton.scan(w.folded(attributes[from], raw)), localIds, found);
        }
        if (one == KeywordAutomaton.NO_KEYWORD) {
            return found;
        }
        // a group's local ids are its needs' offsets from its first (distinct words, numbered in order)
        return one == KeywordAutomaton.SEVERAL || !NONE.equals(found) ? MULTI : keys[from + one];
    }

    /**
     * {@code found} (NONE or a key) updated with the needs {@code from} to {@code to}, whose bits in {@code hits} are
     * {@code idOf[j]}.
     */
    private Integer match(int from, int to, long[] hits, int[] idOf, Integer found) {
        Integer key = found;
        for (int j = from; j < to; j++) {
            int id = idOf[j];
            if ((hits[id >>> 6] & (1L << id)) != 0) {
                if (!NONE.equals(key)) {
                    return MULTI;
                }
                key = keys[j];
            }
        }
        return key;
    }

}
