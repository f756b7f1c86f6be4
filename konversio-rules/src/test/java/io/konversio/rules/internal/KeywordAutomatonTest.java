package io.konversio.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordAutomatonTest {
    private static boolean found(KeywordAutomaton a, String text, int id) {
        return KeywordAutomaton.any(a.scan(text), new int[] {id});
    }

    @Test
    void reportsExactlyTheKeywordsThatAreSubstrings() {
        // a small alphabet makes overlaps, suffixes and repeats likely
        qt().forAll(lists().of(strings().betweenCodePoints('a', 'd').ofLengthBetween(0, 4)).ofSizeBetween(1, 12),
                        strings().betweenCodePoints('A', 'e').ofLengthBetween(0, 30))
                .checkAssert((words, text) -> {
                    KeywordAutomaton.Builder b = new KeywordAutomaton.Builder();
                    List<Integer> ids = new ArrayList<>();
                    words.forEach(w -> ids.add(b.id(w)));
                    KeywordAutomaton a = b.build();
                    assertThat(a).isNotNull();
                    String folded = Text.fold(text);
                    for (int i = 0; i < words.size(); i++) {
                        assertThat(found(a, folded, ids.get(i))).as("%s in %s", words.get(i), folded)
                                .isEqualTo(folded.contains(words.get(i)));
                    }
                    assertThat(a.scanAscii(text)).isEqualTo(a.scan(folded));
                    assertThat(a.scanAsciiOne(text)).isEqualTo(one(a.scan(folded), b.size()));
                });
    }

    @Test
    void scanAsciiOneTellsOneKeywordFromSeveralAndGivesUpOnNonAscii() {
        // texts long enough to be walked as two halves at once, keywords starting with few letters or many
        qt().withExamples(2000).forAll(
                        lists().of(strings().betweenCodePoints('a', 'h').ofLengthBetween(0, 6)).ofSizeBetween(1, 12),
                        strings().betweenCodePoints('A', 'i').ofLengthBetween(0, 120),
                        strings().betweenCodePoints(0x7e, 0x212a).ofLengthBetween(0, 3))
                .checkAssert((words, text, tail) -> {
                    KeywordAutomaton.Builder b = new KeywordAutomaton.Builder();
                    words.forEach(b::id);
                    KeywordAutomaton a = b.build();
                    assertThat(a).isNotNull();
                    String raw = text.substring(0, text.length() / 2) + tail + text.substring(text.length() / 2);
                    int one = a.scanAsciiOne(raw);
                    if (one == KeywordAutomaton.NOT_ASCII) {
                        assertThat(a.scanAscii(raw)).isNull();
                    } else if (one == KeywordAutomaton.SEVERAL) {
                        // found in the ASCII text: the fold keeps it, whatever else is there (U+212A folds to 'k')
                        assertThat(Long.bitCount(a.scan(Text.fold(raw))[0])).isGreaterThan(1);
                    } else {
                        assertThat(a.scanAscii(raw)).isNotNull();
                        assertThat(one).isEqualTo(one(a.scan(Text.fold(raw)), b.size()));
                    }
                });
    }

    /** What scanAsciiOne reports for these hits of {@code size} keywords (not NOT_ASCII). */
    private static int one(long[] hits, int size) {
        int found = KeywordAutomaton.NO_KEYWORD;
        for (int id = 0; id < size; id++) {
            if (KeywordAutomaton.any(hits, new int[] {id})) {
                if (found != KeywordAutomaton.NO_KEYWORD) {
                    return KeywordAutomaton.SEVERAL;
                }
                found = id;
            }
        }
        return found;
    }

    @Test
    void handlesNonAsciiSuffixesAndTheEmptyKeyword() {
        KeywordAutomaton.Builder b = new KeywordAutomaton.Builder();
        int he = b.id("he");
        int she = b.id("she");
        int hers = b.id("hers");
        int umlaut = b.id("rückerstattung");
        int empty = b.id("");
        KeywordAutomaton a = b.build();
        assertThat(a).isNotNull();
        assertThat(found(a, "ushers", she)).isTrue();
        assertThat(found(a, "ushers", he)).isTrue();
        assertThat(found(a, "ushers", hers)).isTrue();
        assertThat(found(a, "ush", he)).isFalse();
        assertThat(found(a, "bitte rückerstattung!", umlaut)).isTrue();
        assertThat(found(a, "bitte ruckerstattung!", umlaut)).isFalse();
        assertThat(found(a, "", empty)).isTrue();
        assertThat(found(a, "", he)).isFalse();
        assertThat(a.scanAscii("USHERS")).isEqualTo(a.scan("ushers"));
        assertThat(a.scanAscii("RÜCKERSTATTUNG")).isNull();
    }

    @Test
    void givesUpWhenTheTableWouldBeTooLarge() {
        KeywordAutomaton.Builder b = new KeywordAutomaton.Builder();
        StringBuilder all = new StringBuilder();
        for (char c = 0x100; c < 0x100 + 2_000; c++) {
            all.append(c);
        }
        b.id(all.toString());
        assertThat(b.build()).isNull();
    }
}
