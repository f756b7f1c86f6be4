package io.konversio.rules;

/**
 * The limits that back up automation's loop guard (events caused by a rule never trigger rules). Immutable and
 * thread-safe; start from {@link #defaults()}.
 *
 * @param maxCascadeDepth             how deep a cascade may go: automation changes a conversation, another actor
 *                                    (say a host listener) reacts to that change, automation reacts to the reaction,
 *                                    and so on. The event that started it is depth 0; an event at this depth or
 *                                    deeper runs no rule (default 3)
 * @param maxAutomatedMessagesPerMinute how many messages and private notes automation may add to one conversation
 *                                    in any minute, counted from the store so the limit holds across nodes
 *                                    (default 20)
 */
public record AutomationLimits(int maxCascadeDepth, int maxAutomatedMessagesPerMinute) {
    private static final AutomationLimits DEFAULTS = new AutomationLimits(3, 20);

    public AutomationLimits {
        if (maxCascadeDepth < 1) {
            throw new IllegalArgumentException("maxCascadeDepth must be at least 1: " + maxCascadeDepth);
        }
        if (maxAutomatedMessagesPerMinute < 1) {
            throw new IllegalArgumentException("maxAutomatedMessagesPerMinute must be at least 1: "
                    + maxAutomatedMessagesPerMinute);
        }
    }

    /** A cascade depth of 3 and 20 automated messages per conversation per minute. */
    public static AutomationLimits defaults() {
        return DEFAULTS;
    }

    /** These limits with another cascade depth. */
    public AutomationLimits withMaxCascadeDepth(int depth) {
        return new AutomationLimits(depth, maxAutomatedMessagesPerMinute);
    }

    /** These limits with another number of automated messages per conversation per minute. */
    public AutomationLimits withMaxAutomatedMessagesPerMinute(int messages) {
        return new AutomationLimits(maxCascadeDepth, messages);
    }
}
