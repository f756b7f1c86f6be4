package io.konversio.rules;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain placeholder substitution for {@code send_message} / {@code add_private_note} texts, such as
 * {@code "Hi {{contact.name}}, your ticket #{{conversation.id}}"}. A placeholder is {@code {{ name }}} with
 * a dotted lowercase name; its value is inserted literally, never evaluated, and never expanded again.
 * Unknown placeholders are left as written. Stateless and thread-safe.
 */
public final class MessageTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+(?:\\.[a-z_]+)*)\\s*}}");

    private MessageTemplate() {
    }

    /** Replaces each known placeholder with its value from {@code values}. */
    public static String render(String template, Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        return render(template, name -> Optional.ofNullable(values.get(name)));
    }

    /** Replaces each placeholder for which {@code lookup} has a value. */
    public static String render(String template, Function<String, Optional<String>> lookup) {
        Matcher m = PLACEHOLDER.matcher(Objects.requireNonNull(template, "template"));
        StringBuilder out = new StringBuilder(template.length());
        int last = 0;
        while (m.find()) {
            out.append(template, last, m.start());
            Optional<String> value = lookup.apply(m.group(1));
            out.append(value.isPresent() ? value.get() : m.group());
            last = m.end();
        }
        return out.append(template, last, template.length()).toString();
    }
}
