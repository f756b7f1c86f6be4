package io.konversio.rules;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one planned action during an evaluation. Immutable and thread-safe.
 *
 * @param action  the planned action
 * @param outcome {@code PLANNED} in a dry run, else {@code DONE} or {@code FAILED}
 * @param failure the cause when {@code FAILED}, else null
 */
public record ActionRecord(PlannedAction action, Outcome outcome, @Nullable Throwable failure) {

    /** What became of an action. */
    public enum Outcome {
        /** Dry run: the action would run. */
        PLANNED,
        /** The executor carried it out. */
        DONE,
        /** The executor threw; the rule's other actions and later rules still ran. */
        FAILED
    }

    /** The failure cause, if the action failed. */
    public Optional<Throwable> cause() {
        return Optional.ofNullable(failure);
    }
}
