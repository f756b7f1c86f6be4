package io.konversio.rules;

/**
 * Sees the result of every evaluation automation runs on a domain event: the rules that fired and each action with
 * its outcome, failures included. Install with {@code Automation.builder().listener(...)}. Called on the thread
 * that dispatches the event, after the actions ran; implementations must be thread-safe. A listener that throws is
 * logged and does not stop the others.
 */
@FunctionalInterface
public interface AutomationListener {

    /** Called after each evaluation. */
    void onEvaluation(EvaluationResult result);
}
