package io.konversio.rules;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the rules see of one event: the event type and a snapshot of the conversation, its contact and (for
 * {@code message_created}) the message, as plain values. Immutable and thread-safe; build one with
 * {@link #builder()}.
 *
 * <p>This is the seam to konversio-core: the glue builds one fact per core event. Codes are lowercase:
 * status {@code open|pending|resolved|snoozed}, priority {@code none|low|medium|high|urgent}, message type
 * {@code incoming|outgoing|activity|template}; labels are stored case-folded (lowercase). {@code event} is one of
 * {@code conversation_created}, {@code conversation_updated}, {@code conversation_status_changed} or
 * {@code message_created}; the builder turns {@code conversation_opened} / {@code conversation_resolved}
 * into a status change to {@code open} / {@code resolved}. {@code eventStatus} is the status the event
 * changed to (it stays put while actions change {@code status}). {@code changedAttributes} holds the
 * conversation's changes, keyed by condition attribute key ({@code status}, {@code assignee_id}, a conversation
 * custom attribute key, ...); an {@code attribute_changed} condition on a contact custom attribute never holds
 * (validation refuses it: no event carries a contact's changes).
 * {@code inBusinessHours} is null when the inbox has no business-hours schedule.
 */
public record ConversationFact(
        RuleEvent event, @Nullable String eventStatus, Instant occurredAt,
        long accountId, long conversationId, long inboxId, @Nullable Long messageId, @Nullable Long contactId,
        String status, String priority, @Nullable Long assigneeId, @Nullable Long teamId, Set<String> labels,
        @Nullable String content, @Nullable String messageType, boolean privateMessage,
        @Nullable String email, @Nullable String phoneNumber, @Nullable String name, @Nullable String countryCode,
        @Nullable String city, @Nullable String company,
        @Nullable String browserLanguage, @Nullable String conversationLanguage, @Nullable String referer,
        @Nullable String mailSubject,
        Map<String, Object> conversationAttributes, Map<String, Object> contactAttributes,
        Map<String, ValueChange> changedAttributes, @Nullable Boolean inBusinessHours) {

    public ConversationFact {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(priority, "priority");
        if (event.isStatusSpecific()) {
            throw new IllegalArgumentException("use conversation_status_changed with eventStatus for " + event.code());
        }
        labels = FoldedLabels.of(Objects.requireNonNull(labels, "labels"));
        conversationAttributes = copy(conversationAttributes);
        contactAttributes = copy(contactAttributes);
        changedAttributes = copy(changedAttributes);
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** This fact with other labels; no builder, so no copies of the rest. */
    ConversationFact withLabels(FoldedLabels newLabels) {
        return new ConversationFact(event, eventStatus, occurredAt, accountId, conversationId, inboxId, messageId,
                contactId, status, priority, assigneeId, teamId, newLabels, content, messageType, privateMessage,
                email, phoneNumber, name, countryCode, city, company, browserLanguage, conversationLanguage, referer,
                mailSubject, conversationAttributes, contactAttributes, changedAttributes, inBusinessHours);
    }

    /** A builder for the given event; conversation, account and inbox ids default to 1, status to open. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this fact's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The fact as it would be after {@code action} (labels, status, priority, assignee, team); pure. */
    public ConversationFact withActionApplied(RuleAction action) {
        return ActionEffects.apply(this, action);
    }

    /** Builds a {@link ConversationFact}; not thread-safe. */
    public static final class Builder {
        private @Nullable RuleEvent event;
        private @Nullable String eventStatus;
        private @Nullable Instant occurredAt;
        private long accountId = 1;
        private long conversationId = 1;
        private long inboxId = 1;
        private @Nullable Long messageId;
        private @Nullable Long contactId;
        private String status = "open";
        private String priority = "none";
        private @Nullable Long assigneeId;
        private @Nullable Long teamId;
        private Set<String> labels = new LinkedHashSet<>();
        private @Nullable String content;
        private @Nullable String messageType;
        private boolean privateMessage;
        private @Nullable String email;
        private @Nullable String phoneNumber;
        private @Nullable String name;
        private @Nullable String countryCode;
        private @Nullable String city;
        private @Nullable String company;
        private @Nullable String browserLanguage;
        private @Nullable String conversationLanguage;
        private @Nullable String referer;
        private @Nullable String mailSubject;
        private Map<String, Object> conversationAttributes = new LinkedHashMap<>();
        private Map<String, Object> contactAttributes = new LinkedHashMap<>();
        private Map<String, ValueChange> changedAttributes = new LinkedHashMap<>();
        private @Nullable Boolean inBusinessHours;

        private Builder() {
        }

        private Builder(ConversationFact f) {
            event = f.event; eventStatus = f.eventStatus; occurredAt = f.occurredAt; accountId = f.accountId;
            conversationId = f.conversationId; inboxId = f.inboxId; messageId = f.messageId;
            contactId = f.contactId; status = f.status; priority = f.priority; assigneeId = f.assigneeId;
            teamId = f.teamId; labels = new LinkedHashSet<>(f.labels); content = f.content;
            messageType = f.messageType; privateMessage = f.privateMessage; email = f.email;
            phoneNumber = f.phoneNumber; name = f.name; countryCode = f.countryCode; city = f.city;
            company = f.company; browserLanguage = f.browserLanguage;
            conversationLanguage = f.conversationLanguage; referer = f.referer; mailSubject = f.mailSubject;
            conversationAttributes = new LinkedHashMap<>(f.conversationAttributes);
            contactAttributes = new LinkedHashMap<>(f.contactAttributes);
            changedAttributes = new LinkedHashMap<>(f.changedAttributes);
            // (copies are cheap for the usual empty maps; the record constructor copies once more)
            inBusinessHours = f.inBusinessHours;
        }

        /** The event; opened / resolved become a status change to open / resolved. */
        public Builder event(RuleEvent event) {
            Objects.requireNonNull(event, "event");
            if (event == RuleEvent.CONVERSATION_OPENED || event == RuleEvent.CONVERSATION_RESOLVED) {
                String to = event == RuleEvent.CONVERSATION_OPENED ? "open" : "resolved";
                this.event = RuleEvent.CONVERSATION_STATUS_CHANGED;
                this.eventStatus = to;
                this.status = to;
            } else {
                this.event = event;
            }
            return this;
        }

        /** The status a status-change event changed to (defaults to {@link #status} on build). */
        public Builder eventStatus(@Nullable String eventStatus) {
            this.eventStatus = eventStatus == null ? null : code(eventStatus, "eventStatus");
            return this;
        }

        /** When the event happened (required). */
        public Builder occurredAt(Instant occurredAt) {
            this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
            return this;
        }

        public Builder accountId(long v) { this.accountId = v; return this; }
        public Builder conversationId(long v) { this.conversationId = v; return this; }
        public Builder inboxId(long v) { this.inboxId = v; return this; }
        public Builder messageId(@Nullable Long v) { this.messageId = v; return this; }
        public Builder contactId(@Nullable Long v) { this.contactId = v; return this; }
        public Builder status(String v) { this.status = code(v, "status"); return this; }
        /** The priority; null or {@code nil} mean {@code none}. */
        public Builder priority(@Nullable String v) {
            this.priority = v == null || v.equals("nil") ? "none" : code(v, "priority");
            return this;
        }
        public Builder assigneeId(@Nullable Long v) { this.assigneeId = v; return this; }
        public Builder teamId(@Nullable Long v) { this.teamId = v; return this; }
        public Builder labels(Set<String> v) { this.labels = new LinkedHashSet<>(v); return this; }
        public Builder label(String v) { this.labels.add(Objects.requireNonNull(v, "label")); return this; }
        public Builder content(@Nullable String v) { this.content = v; return this; }
        public Builder messageType(@Nullable String v) {
            this.messageType = v == null ? null : code(v, "messageType");
            return this;
        }
        public Builder privateMessage(boolean v) { this.privateMessage = v; return this; }
        public Builder email(@Nullable String v) { this.email = v; return this; }
        public Builder phoneNumber(@Nullable String v) { this.phoneNumber = v; return this; }
        public Builder name(@Nullable String v) { this.name = v; return this; }
        public Builder countryCode(@Nullable String v) { this.countryCode = v; return this; }
        public Builder city(@Nullable String v) { this.city = v; return this; }
        public Builder company(@Nullable String v) { this.company = v; return this; }
        public Builder browserLanguage(@Nullable String v) { this.browserLanguage = v; return this; }
        public Builder conversationLanguage(@Nullable String v) { this.conversationLanguage = v; return this; }
        public Builder referer(@Nullable String v) { this.referer = v; return this; }
        public Builder mailSubject(@Nullable String v) { this.mailSubject = v; return this; }
        public Builder conversationAttribute(String key, Object value) {
            conversationAttributes.put(key, value);
            return this;
        }
        public Builder conversationAttributes(Map<String, Object> v) {
            this.conversationAttributes = new LinkedHashMap<>(v);
            return this;
        }
        public Builder contactAttribute(String key, Object value) {
            contactAttributes.put(key, value);
            return this;
        }
        public Builder contactAttributes(Map<String, Object> v) {
            this.contactAttributes = new LinkedHashMap<>(v);
            return this;
        }
        /** Records that the event changed {@code key} (a condition attribute key) from one value to another. */
        public Builder changed(String key, @Nullable Object from, @Nullable Object to) {
            changedAttributes.put(key, ValueChange.of(from, to));
            return this;
        }
        public Builder changedAttributes(Map<String, ValueChange> v) {
            this.changedAttributes = new LinkedHashMap<>(v);
            return this;
        }
        /** Whether the event is inside the inbox's business hours; null when the inbox has no schedule. */
        public Builder inBusinessHours(@Nullable Boolean v) { this.inBusinessHours = v; return this; }

        /** Builds the fact; event and occurredAt are required. */
        public ConversationFact build() {
            if (event == null || occurredAt == null) {
                throw new IllegalStateException("event and occurredAt are required");
            }
            String evStatus = eventStatus;
            if (event == RuleEvent.CONVERSATION_STATUS_CHANGED && evStatus == null) {
                evStatus = status;
            }
            return new ConversationFact(event, evStatus, occurredAt, accountId, conversationId, inboxId, messageId,
                    contactId, status, priority, assigneeId, teamId, labels, content, messageType, privateMessage,
                    email, phoneNumber, name, countryCode, city, company, browserLanguage, conversationLanguage,
                    referer, mailSubject, conversationAttributes, contactAttributes, changedAttributes,
                    inBusinessHours);
        }

        private static String code(String v, String what) {
            String code = Objects.requireNonNull(v, what).toLowerCase(Locale.ROOT);
            if (code.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return code;
        }
    }
}
