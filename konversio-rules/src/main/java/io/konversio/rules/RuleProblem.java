package io.konversio.rules;

import java.util.Objects;

/**
 * One problem found in a rule: where (a JSON path such as {@code $.conditions[2].filter_operator}) and what,
 * in plain words. Immutable and thread-safe.
 *
 * @param path    the JSON path of the offending field in the rule's JSON form
 * @param message a plain explanation, naming the bad value
 */
public record RuleProblem(String path, String message) {
    public RuleProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
