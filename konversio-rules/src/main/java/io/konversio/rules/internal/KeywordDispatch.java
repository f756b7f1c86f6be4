package io.konversio.rules.internal;

import io.konversio.rules.StandardAttribute;
import java.util.Arrays;
import java.util.List;

/**
 * The keyword key of one bucket of rules (rules that share their alpha-indexed prefix: trigger, inbox /
 * status equalities), on which Drools hashes one alpha node per keyword, so an event reaches only the rules
 * whose required keyword occurs in its content instead of testing every rule of the bucket.
 *
 * <p>Each rule of the bucket needs one of a few content keywords (its required set). The key of an event is
 * the id of the one bucket keyword its content contains; {@link #NONE} when it contains none (then no rule
 * of the bucket can match); {@link #MULTI} when it contains two or more (then every rule of the bucket is
 * reached through one shared node and tested in full). So a rule gets one Drools rule per required keyword
 * plus one for {@code MULTI}; the key has one value at a time, so at most one of them is active. Immutable;
 * thread-safe.
 */
final class KeywordDispatch {
    /** The key when the content contains none of the bucket's keywords, or there is no content. */
    static final Integer NONE = -1;
    /** The key when the content contains two or more of the bucket's keywords. */
    static final Integer MULTI = -2;

    private final int number;
    /** The bucket's keyword ids, ascending, and the folded keywords they stand for. */
    private final int[] ids;
    private final String[] words;
    /** {@code ids}, boxed once: the key is extracted for every event that reaches the bucket. */
    private final Integer[] boxed;

    /**
     * Bucket {@code number} (unique in its rule set) over the folded keywords {@code words}, with their ids in
     * {@code keywords}.
     */
    KeywordDispatch(int number, List<String> words, KeywordAutomaton.Builder keywords) {
        this.number = number;
        this.words = words.stream().distinct().sorted((a, b) -> Integer.compare(keywords.id(a), keywords.id(b)))
                .toArray(String[]::new);
        this.ids = Arrays.stream(this.words).mapToInt(keywords::id).toArray();
        this.boxed = Arrays.stream(this.ids).boxed().toArray(Integer[]::new);
    }

    /** The bucket's number, which makes the key nodes' expression ids unique per bucket. */
    int number() {
        return number;
    }

    /**
     * The key of {@code w}'s content: from the keyword automaton's scan, or by substring tests when the rule
     * set has no automaton. Use {@link WorkingFact#dispatchKey}, which caches it.
     */
    Integer key(WorkingFact w) {
        String raw = w.getData().content();
        if (raw == null) {
            return NONE;
        }
        long[] hits = w.contentHits();
        String folded = hits == null ? w.folded(StandardAttribute.CONTENT, raw) : null;
        Integer found = NONE;
        for (int i = 0; i < ids.length; i++) {
            int id = ids[i];
            boolean hit = hits != null ? (hits[id >>> 6] & (1L << id)) != 0 : folded.contains(words[i]);
            if (hit) {
                if (found != NONE) {
                    return MULTI;
                }
                found = boxed[i];
            }
        }
        return found;
    }

    /** The boxed key of keyword {@code id}, which must be one of the bucket's. */
    Integer keyOf(int id) {
        int at = Arrays.binarySearch(ids, id);
        if (at < 0) {
            throw new IllegalArgumentException("keyword " + id + " is not in bucket " + number);
        }
        return boxed[at];
    }
}
