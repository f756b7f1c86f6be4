package io.konversio.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The actions a rule may take, with Chatwoot's persisted {@code action_name}; immutable and thread-safe.
 *
 * <p>Params: {@code assign_agent [agent_id | "nil"]}, {@code assign_team [team_id | "nil"]},
 * {@code add_label / remove_label [label, ...]}, {@code send_message / add_private_note [text]},
 * {@code send_email_to_team [{"team_ids": [..], "message": text}]},
 * {@code send_email_transcript ["a@x.com, b@y.com"]}, {@code send_webhook_event [http(s) url]},
 * {@code snooze_conversation [] or [ISO-8601 duration such as "PT4H"]}, {@code change_status [status]},
 * {@code change_priority [low|medium|high|urgent|nil]}, {@code send_attachment [blob_id, ...]}; the others
 * take none.
 */
public enum ActionType {
    ASSIGN_AGENT("assign_agent"),
    ASSIGN_TEAM("assign_team"),
    ADD_LABEL("add_label"),
    REMOVE_LABEL("remove_label"),
    SEND_MESSAGE("send_message"),
    ADD_PRIVATE_NOTE("add_private_note"),
    SEND_EMAIL_TO_TEAM("send_email_to_team"),
    SEND_EMAIL_TRANSCRIPT("send_email_transcript"),
    SEND_WEBHOOK_EVENT("send_webhook_event"),
    SEND_ATTACHMENT("send_attachment"),
    MUTE_CONVERSATION("mute_conversation"),
    SNOOZE_CONVERSATION("snooze_conversation"),
    RESOLVE_CONVERSATION("resolve_conversation"),
    OPEN_CONVERSATION("open_conversation"),
    CHANGE_STATUS("change_status"),
    CHANGE_PRIORITY("change_priority");

    private static final Map<String, ActionType> BY_CODE = byCode();

    private final String code;

    ActionType(String code) {
        this.code = code;
    }

    /** The persisted name, for example {@code add_label}. */
    public String code() {
        return code;
    }

    /** Finds the action with this persisted name. */
    public static Optional<ActionType> fromCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }

    private static Map<String, ActionType> byCode() {
        Map<String, ActionType> map = new HashMap<>();
        for (ActionType t : values()) {
            map.put(t.code, t);
        }
        return Map.copyOf(map);
    }
}
