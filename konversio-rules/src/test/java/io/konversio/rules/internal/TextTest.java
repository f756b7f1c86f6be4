package io.konversio.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void foldingIsIdempotentOnEveryCodePoint() {
        // WorkingFact.foldedLabels relies on it: a fact's labels are folded once, by the fact
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String once = Text.fold(new String(Character.toChars(cp)));
            if (!Text.fold(once).equals(once)) {
                assertThat(Text.fold(once)).as("U+%04X", cp).isEqualTo(once);
            }
        }
    }

    @Test
    void foldsAsciiAndBeyond() {
        assertThat(Text.fold("Refund NOW")).isEqualTo("refund now");
        assertThat(Text.fold("ΣΊΣΥΦΟΣ")).isEqualTo("σίσυφοσ");
        assertThat(Text.fold("\u212a")).isEqualTo("k"); // the Kelvin sign
        assertThat(Text.fold("Straße")).isEqualTo("straße");
    }
}
