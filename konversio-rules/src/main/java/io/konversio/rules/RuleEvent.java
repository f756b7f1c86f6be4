package io.konversio.rules;

import java.util.Optional;

/**
 * The event that triggers a rule, with the persisted code Chatwoot uses as {@code event_name}; immutable
 * and thread-safe.
 *
 * <p>{@link #CONVERSATION_OPENED} and {@link #CONVERSATION_RESOLVED} are the common cases of
 * {@link #CONVERSATION_STATUS_CHANGED}: a rule with one of them as trigger runs on a status-change event
 * whose new status is {@code open} or {@code resolved}.
 */
public enum RuleEvent {
    CONVERSATION_CREATED("conversation_created"),
    CONVERSATION_UPDATED("conversation_updated"),
    CONVERSATION_STATUS_CHANGED("conversation_status_changed"),
    CONVERSATION_OPENED("conversation_opened"),
    CONVERSATION_RESOLVED("conversation_resolved"),
    MESSAGE_CREATED("message_created");

    private final String code;

    RuleEvent(String code) {
        this.code = code;
    }

    /** The persisted code, for example {@code message_created}. */
    public String code() {
        return code;
    }

    /** Finds the event with this persisted code (exact, lowercase). */
    public static Optional<RuleEvent> fromCode(String code) {
        for (RuleEvent event : values()) {
            if (event.code.equals(code)) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    /** True for the two status-specific triggers, which match a status-change event by its new status. */
    public boolean isStatusSpecific() {
        return this == CONVERSATION_OPENED || this == CONVERSATION_RESOLVED;
    }
}
