package io.konversio.rules.spi;

import io.konversio.rules.ConversationFact;
import io.konversio.rules.PlannedAction;

/**
 * Carries out the actions of matched rules; konversio-core's glue implements it with its command API.
 * Called on the evaluating thread, in rule order and action order; implementations must be thread-safe when
 * the engine is used from several threads.
 *
 * <p>Return the fact as it is after the action, so later rules see the change (for example
 * {@code current.withActionApplied(action.action())}, or a fact rebuilt from the stored conversation).
 * Throw to report a failure: the engine records it with its cause, does not apply the action's effect, and
 * goes on with the next action.
 */
@FunctionalInterface
public interface ActionExecutor {

    /** Runs {@code action} on the conversation described by {@code current}; returns the fact after it. */
    ConversationFact execute(PlannedAction action, ConversationFact current);

    /** An executor that runs nothing and only applies each action's expected effect to the fact. */
    static ActionExecutor planOnly() {
        return (action, current) -> current.withActionApplied(action.action());
    }
}
