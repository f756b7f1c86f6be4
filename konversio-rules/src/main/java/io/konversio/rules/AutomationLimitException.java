package io.konversio.rules;

import io.konversio.core.KonversioException;

/**
 * The cause recorded for an action that automation did not run because a limit of {@link AutomationLimits} was
 * reached. Immutable and thread-safe.
 */
public final class AutomationLimitException extends KonversioException {
    private static final long serialVersionUID = 1L;

    /** Which limit was reached. */
    public enum Limit {
        /** The event was too deep in a cascade of reactions to automated changes. */
        CASCADE_DEPTH,
        /** Automation already added the maximum of messages to the conversation in the last minute. */
        MESSAGES_PER_MINUTE
    }

    private final Limit limit;
    private final long conversationId;

    /** Creates the exception. */
    public AutomationLimitException(Limit limit, long conversationId, String message) {
        super(message);
        this.limit = limit;
        this.conversationId = conversationId;
    }

    /** The limit that was reached. */
    public Limit limit() {
        return limit;
    }

    /** The conversation (internal id) the action was for. */
    public long conversationId() {
        return conversationId;
    }
}
