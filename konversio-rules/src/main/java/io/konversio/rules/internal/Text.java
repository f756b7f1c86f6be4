package io.konversio.rules.internal;

/**
 * Case folding for case-insensitive matching; stateless.
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
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(s, 0, i);
        s.codePoints().skip(s.codePointCount(0, i)).forEach(cp ->
                out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return out.toString();
    }
}
