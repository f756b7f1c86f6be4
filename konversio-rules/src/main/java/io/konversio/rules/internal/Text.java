package io.konversio.rules.internal;

/**
 * Case folding for case-insensitive matching; stateless and thread-safe.
 *
 * <p>Folds code point by code point ({@code toLowerCase(toUpperCase(cp))}), so folding never depends on
 * context (unlike {@link String#toLowerCase}, whose Greek final sigma does): a string that contains
 * {@code v} literally always contains {@code fold(v)} after folding.
 */
public final class Text {
    private Text() {
    }

    /** The case-folded form of {@code s}. */
    public static String fold(String s) {
        int n = s.length();
        int i = 0;
        boolean upper = false;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            upper |= c >= 'A' && c <= 'Z';
            i++;
        }
        if (i == n) {
            // pure ASCII: lowercasing is context-free here, and the JDK's is fast
            return upper ? s.toLowerCase(java.util.Locale.ROOT) : s;
        }
        i = 0;
        StringBuilder out = new StringBuilder(n);
        out.append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                i++;
            } else {
                int cp = s.codePointAt(i);
                out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
                i += Character.charCount(cp);
            }
        }
        return out.toString();
    }
}
