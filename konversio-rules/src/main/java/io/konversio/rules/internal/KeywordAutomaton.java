package io.konversio.rules.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An Aho-Corasick automaton over the folded keywords of every {@code content contains} /
 * {@code does_not_contain} condition of a rule set: one pass over an event's folded content finds which of
 * them occur, so each condition becomes a bit test instead of a substring search. Exact: a keyword is
 * reported iff {@code content.contains(keyword)} (char by char, like {@link String#contains}). Immutable
 * after {@link Builder#build()}; thread-safe.
 *
 * <p>The transition table is dense (states x character classes); when it would exceed
 * {@link #MAX_TABLE} entries, {@link Builder#build()} returns null and the conditions keep their plain
 * substring tests.
 */
final class KeywordAutomaton {
    static final int MAX_TABLE = 2_000_000;

    private final int[] asciiClass;
    /** By ASCII character: true when it leaves the start state as it is (it starts no keyword). */
    private final boolean[] rootStays;
    /**
     * Whether {@link #scanAsciiOne} skips the characters that start no keyword: only when at most
     * {@link #SKIP_MAX_START_LETTERS} letters start one. Then nearly every character is skipped and the test is
     * predictable; with keywords starting with many letters ("refund", "invoice", "urgent"...) the test mispredicts
     * on ordinary text, and the plain table walk was twice as fast (310 against 580 ns for 180 characters and ten
     * keywords).
     */
    private final boolean skipping;
    static final int SKIP_MAX_START_LETTERS = 2;
    /** The length of the longest keyword. */
    private final int longest;
    private final char[] otherChars;
    private final int[] otherClass;
    private final int classes;
    private final int[] delta;
    private final int[][] out; // per state; null entries: no keyword ends there
    private final int[] empty;
    private final int keywords;

    private KeywordAutomaton(int[] asciiClass, char[] otherChars, int[] otherClass, int classes, int[] delta,
                             int[][] out, int[] empty, int keywords, int longest) {
        this.asciiClass = asciiClass;
        this.longest = longest;
        this.rootStays = new boolean[128];
        int starting = 0;
        for (int c = 0; c < 128; c++) {
            rootStays[c] = delta[asciiClass[c]] == 0;
            if (!rootStays[c] && !(c >= 'A' && c <= 'Z')) { // an upper-case letter has its lower-case one's class
                starting++;
            }
        }
        this.skipping = starting <= SKIP_MAX_START_LETTERS;
        this.otherChars = otherChars;
        this.otherClass = otherClass;
        this.classes = classes;
        this.delta = delta;
        this.out = out;
        this.empty = empty;
        this.keywords = keywords;
    }

    /** The ids of the keywords that occur in {@code folded} (already case-folded text), as a bit set. */
    long[] scan(String folded) {
        long[] hits = start();
        int state = 0;
        int n = folded.length();
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            if (skipping && state == 0 && c < 128 && rootStays[c]) {
                continue;
            }
            int cls;
            if (c < 128) {
                cls = asciiClass[c];
            } else {
                int at = Arrays.binarySearch(otherChars, c);
                cls = at < 0 ? 0 : otherClass[at];
            }
            state = step(state, cls, hits);
        }
        return hits;
    }

    /**
     * As {@link #scan} on {@code Text.fold(raw)}, without folding, when {@code raw} is pure ASCII (folding is
     * then lowercasing, char for char: upper-case letters share their lower-case letter's class); null when
     * it is not.
     */
    long @Nullable [] scanAscii(String raw) {
        long[] hits = start();
        int state = 0;
        int n = raw.length();
        int i = 0;
        while (i < n) {
            char c = raw.charAt(i++);
            if (c >= 128) {
                return null;
            }
            if (skipping && state == 0) {
                // skip the characters that start no keyword: a cheap test each, no dependent table walk
                while (rootStays[c]) {
                    if (i == n) {
                        return hits;
                    }
                    c = raw.charAt(i++);
                    if (c >= 128) {
                        return null;
                    }
                }
            }
            state = step(state, asciiClass[c], hits);
        }
        return hits;
    }

    /** {@link #scanAsciiOne}: no keyword occurs. */
    static final int NO_KEYWORD = -1;
    /** {@link #scanAsciiOne}: two or more distinct keywords occur. */
    static final int SEVERAL = -2;
    /** {@link #scanAsciiOne}: the text is not pure ASCII; use {@link #scan} on its folded form. */
    static final int NOT_ASCII = -3;

    /**
     * As {@link #scanAscii}, when only which one keyword occurs matters: its id when exactly one distinct keyword
     * occurs, {@link #NO_KEYWORD}, {@link #SEVERAL} (the scan stops at the second), or {@link #NOT_ASCII}.
     * Allocates nothing.
     */
    int scanAsciiOne(String raw) {
        int found = empty.length == 0 ? NO_KEYWORD : empty[0]; // distinct words: one empty keyword at most
        int n = raw.length();
        if (skipping || n < 2 * longest + TWO_STREAMS_MIN) {
            return walk(raw, 0, n, 0, found);
        }
        // Two walks at once, over [0, mid + longest - 1) and [mid, n): a keyword starting before mid ends within the
        // first, one starting at mid or later lies within the second. Each step is a load that depends on the one
        // before; two independent chains run in about the time of one.
        int mid = n / 2;
        int firstEnd = mid + longest - 1; // longest >= 1: not skipping means some letters start keywords
        int both = Math.min(firstEnd, n - mid);
        int a = 0;
        int b = 0;
        for (int i = 0; i < both; i++) {
            char ca = raw.charAt(i);
            char cb = raw.charAt(mid + i);
            if ((ca | cb) >= 128) {
                return NOT_ASCII;
            }
            int ta = delta[a + asciiClass[ca]];
            int tb = delta[b + asciiClass[cb]];
            if ((ta | tb) < 0) {
                if (ta < 0) {
                    ta = ~ta;
                    found = found(ta, found);
                }
                if (tb < 0) {
                    tb = ~tb;
                    found = found(tb, found);
                }
                if (found == SEVERAL) {
                    return SEVERAL;
                }
            }
            a = ta;
            b = tb;
        }
        found = walk(raw, both, firstEnd, a, found);
        return found < NO_KEYWORD ? found : walk(raw, mid + both, n, b, found);
    }

    /** Characters a text must have, beyond twice the longest keyword, for {@link #scanAsciiOne} to walk it twice. */
    private static final int TWO_STREAMS_MIN = 16;

    /** {@code found} updated with the keywords that end in the state at offset {@code state}; SEVERAL at a second. */
    private int found(int state, int found) {
        int f = found;
        for (int id : out[state / classes]) {
            if (f == NO_KEYWORD) {
                f = id;
            } else if (f != id) {
                // a later non-ASCII character cannot undo what was found: the fold keeps ASCII as is
                return SEVERAL;
            }
        }
        return f;
    }

    /** {@link #scanAsciiOne}'s answer for {@code raw[from, to)} walked from {@code state}, given {@code found}. */
    private int walk(String raw, int from, int to, int state, int found) {
        int s = state;
        int f = found;
        // one counted loop, so that the JIT drops charAt's bounds checks
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c >= 128) {
                return NOT_ASCII;
            }
            if (skipping && s == 0 && rootStays[c]) {
                continue; // starts no keyword: no dependent table walk
            }
            int t = delta[s + asciiClass[c]];
            if (t < 0) {
                t = ~t;
                f = found(t, f);
                if (f == SEVERAL) {
                    return SEVERAL;
                }
            }
            s = t;
        }
        return f;
    }

    private long[] start() {
        long[] hits = new long[(keywords + 63) >>> 6];
        for (int id : empty) {
            hits[id >>> 6] |= 1L << id;
        }
        return hits;
    }

    /**
     * One transition. States are kept as their row's offset in {@code delta} (state x classes), so a step is
     * one addition and one load; a negative entry {@code ~t} means the state at offset {@code t} ends keywords.
     */
    private int step(int state, int cls, long[] hits) {
        int t = delta[state + cls];
        if (t >= 0) {
            return t;
        }
        t = ~t;
        for (int id : out[t / classes]) {
            hits[id >>> 6] |= 1L << id;
        }
        return t;
    }

    /** True when any of {@code ids} is set in {@code hits}. */
    static boolean any(long[] hits, int[] ids) {
        for (int id : ids) {
            if ((hits[id >>> 6] & (1L << id)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Collects keywords (giving each distinct folded keyword an id), then builds the automaton. Not thread-safe. */
    static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> words = new ArrayList<>();

        /**
         * The id of a keyword, which must be folded ({@link Text#fold}); folded text has no upper-case ASCII,
         * which lets {@link #scanAscii} give upper-case letters the classes of their lower-case forms.
         */
        int id(String folded) {
            for (int i = 0; i < folded.length(); i++) {
                char c = folded.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    throw new IllegalArgumentException("keyword is not case-folded: " + folded);
                }
            }
            return ids.computeIfAbsent(folded, k -> {
                words.add(k);
                return words.size() - 1;
            });
        }

        int size() {
            return words.size();
        }

        /** The automaton, or null when there are no keywords or the table would be too large. */
        @Nullable KeywordAutomaton build() {
            if (words.isEmpty()) {
                return null;
            }
            TreeSet<Character> alphabet = new TreeSet<>();
            long chars = 0;
            for (String w : words) {
                chars += w.length();
                for (int i = 0; i < w.length(); i++) {
                    alphabet.add(w.charAt(i));
                }
            }
            int classes = alphabet.size() + 1; // class 0: a character no keyword contains
            if ((chars + 1) * classes > MAX_TABLE) {
                return null;
            }
            int[] asciiClass = new int[128];
            List<Character> other = new ArrayList<>();
            Map<Character, Integer> classOf = new HashMap<>();
            int next = 1;
            for (char c : alphabet) {
                classOf.put(c, next);
                if (c < 128) {
                    asciiClass[c] = next;
                } else {
                    other.add(c);
                }
                next++;
            }
            char[] otherChars = new char[other.size()];
            int[] otherClass = new int[other.size()];
            for (int i = 0; i < other.size(); i++) {
                otherChars[i] = other.get(i);
                otherClass[i] = classOf.get(other.get(i));
            }
            // trie: goto[state * classes + cls], -1 = none
            int maxStates = (int) chars + 1;
            int[] go = new int[maxStates * classes];
            Arrays.fill(go, -1);
            List<List<Integer>> outputs = new ArrayList<>();
            outputs.add(new ArrayList<>());
            int states = 1;
            List<Integer> empty = new ArrayList<>();
            for (int id = 0; id < words.size(); id++) {
                String w = words.get(id);
                if (w.isEmpty()) {
                    empty.add(id);
                    continue;
                }
                int s = 0;
                for (int i = 0; i < w.length(); i++) {
                    int cls = classOf.get(w.charAt(i));
                    int t = go[s * classes + cls];
                    if (t < 0) {
                        t = states++;
                        go[s * classes + cls] = t;
                        outputs.add(new ArrayList<>());
                    }
                    s = t;
                }
                outputs.get(s).add(id);
            }
            // breadth-first: failure links folded into a full transition table, outputs merged along them
            int[] delta = new int[states * classes];
            int[] fail = new int[states];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int cls = 0; cls < classes; cls++) {
                int t = go[cls];
                if (t < 0) {
                    delta[cls] = 0;
                } else {
                    delta[cls] = t;
                    fail[t] = 0;
                    queue.add(t);
                }
            }
            while (!queue.isEmpty()) {
                int s = queue.poll();
                outputs.get(s).addAll(outputs.get(fail[s]));
                for (int cls = 0; cls < classes; cls++) {
                    int t = go[s * classes + cls];
                    if (t < 0) {
                        delta[s * classes + cls] = delta[fail[s] * classes + cls];
                    } else {
                        delta[s * classes + cls] = t;
                        fail[t] = delta[fail[s] * classes + cls];
                        queue.add(t);
                    }
                }
            }
            int[][] out = new int[states][];
            for (int s = 0; s < states; s++) {
                List<Integer> o = outputs.get(s);
                if (!o.isEmpty()) {
                    out[s] = o.stream().mapToInt(Integer::intValue).distinct().toArray();
                }
            }
            for (int i = 0; i < delta.length; i++) {
                int t = delta[i];
                delta[i] = out[t] != null ? ~(t * classes) : t * classes;
            }
            for (char c = 'A'; c <= 'Z'; c++) {
                asciiClass[c] = asciiClass[c + ('a' - 'A')];
            }
            return new KeywordAutomaton(asciiClass, otherChars, otherClass, classes, delta, out,
                    empty.stream().mapToInt(Integer::intValue).toArray(), words.size(),
                    words.stream().mapToInt(String::length).max().orElse(0));
        }
    }
}
