package io.konversio.rules;

import static io.konversio.rules.Operator.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in condition attributes (Chatwoot's {@code attribute_key} values plus {@code business_hours}),
 * each with the operators it accepts and, where the vocabulary is closed, its allowed values; immutable and
 * thread-safe.
 *
 * <p>Text attributes compare case-insensitively. Ids compare as numbers. {@link #LABELS} compares against the
 * whole label set: {@code equal_to} holds when the conversation has any of the values, {@code not_equal_to}
 * when it has none of them.
 */
public enum StandardAttribute {
    CONTENT("content", Kind.TEXT, false),
    EMAIL("email", Kind.TEXT, false),
    PHONE_NUMBER("phone_number", Kind.TEXT, false),
    COUNTRY_CODE("country_code", Kind.TEXT, false),
    CITY("city", Kind.TEXT, false),
    COMPANY("company", Kind.TEXT, false),
    BROWSER_LANGUAGE("browser_language", Kind.TEXT, true),
    CONVERSATION_LANGUAGE("conversation_language", Kind.TEXT, true),
    REFERER("referer", Kind.TEXT, true),
    MAIL_SUBJECT("mail_subject", Kind.TEXT, true),
    STATUS("status", Kind.CHOICE, true, "open", "pending", "resolved", "snoozed"),
    PRIORITY("priority", Kind.CHOICE, true, "none", "nil", "low", "medium", "high", "urgent"),
    MESSAGE_TYPE("message_type", Kind.CHOICE, false, "incoming", "outgoing", "activity", "template"),
    ASSIGNEE_ID("assignee_id", Kind.ID, true),
    TEAM_ID("team_id", Kind.ID, true),
    INBOX_ID("inbox_id", Kind.ID, true),
    LABELS("labels", Kind.LABELS, false),
    /** Whether the event happened inside the inbox's business hours; values {@code inside} / {@code outside}. */
    BUSINESS_HOURS("business_hours", Kind.CHOICE, false, "inside", "outside");

    /** How values of an attribute are typed and compared. */
    enum Kind { TEXT, CHOICE, ID, LABELS }

    private final String key;
    private final Kind kind;
    private final List<String> allowedValues;
    private final Set<Operator> operators;

    StandardAttribute(String key, Kind kind, boolean changeable, String... allowedValues) {
        this.key = key;
        this.kind = kind;
        this.allowedValues = List.of(allowedValues);
        EnumSet<Operator> ops = switch (kind) {
            case TEXT -> EnumSet.of(EQUAL_TO, NOT_EQUAL_TO, CONTAINS, DOES_NOT_CONTAIN, STARTS_WITH,
                    IS_PRESENT, IS_NOT_PRESENT);
            case CHOICE, ID, LABELS -> EnumSet.of(EQUAL_TO, NOT_EQUAL_TO, IS_PRESENT, IS_NOT_PRESENT);
        };
        if (key.equals("status") || key.equals("message_type")) {
            ops.removeAll(EnumSet.of(IS_PRESENT, IS_NOT_PRESENT));
        }
        if (changeable) {
            ops.add(ATTRIBUTE_CHANGED);
        }
        this.operators = Set.copyOf(ops);
    }

    /** True for the contact's attributes (email, phone number, country code, city, company). */
    public boolean isContactAttribute() {
        // not a switch on this: its switch map would be built during the enum's own initialisation
        return this == EMAIL || this == PHONE_NUMBER || this == COUNTRY_CODE || this == CITY || this == COMPANY;
    }

    /** The persisted key, for example {@code phone_number}. */
    public String key() {
        return key;
    }

    /** The operators a condition on this attribute may use. */
    public Set<Operator> operators() {
        return operators;
    }

    /** The closed vocabulary of values, or an empty list when any value of the right type is allowed. */
    public List<String> allowedValues() {
        return allowedValues;
    }

    /** True when values must be numeric ids of agents, teams or inboxes. */
    public boolean isId() {
        return kind == Kind.ID;
    }

    Kind kind() {
        return kind;
    }

    /** Finds the attribute with this key. */
    public static Optional<StandardAttribute> fromKey(String key) {
        for (StandardAttribute a : values()) {
            if (a.key.equals(key)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
