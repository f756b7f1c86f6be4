package io.konversio.rules;

import io.konversio.core.Desk;
import io.konversio.core.account.AccountId;
import io.konversio.core.contact.Contact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessageType;
import io.konversio.core.conversation.Priority;
import io.konversio.core.event.Change;
import io.konversio.core.event.ConversationCreated;
import io.konversio.core.event.ConversationStatusChanged;
import io.konversio.core.event.ConversationUpdated;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.event.MessageCreated;
import io.konversio.core.inbox.Inbox;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns konversio-core's domain events into the {@link ConversationFact}s rules see, reading the contact and the
 * inbox as they are now. Which events count follows Chatwoot: activity lines and auto-replies never trigger rules,
 * and a {@code conversation_updated} needs a change of an attribute Chatwoot watches. Thread-safe.
 */
final class EventFacts {
    /** Message attribute, and conversation additional attribute, that marks an automatic email reply. */
    static final String AUTO_REPLY = "auto_reply";

    private static final Set<String> WATCHED = Set.of("team_id", "assignee_id", "status", "snoozed_until", "labels",
            "waiting_since", "first_reply_created_at", "priority", "additional_attributes.conversation_language");
    private static final Set<String> CHANNEL_ATTRIBUTES = Set.of("browser_language", "conversation_language",
            "referer", "mail_subject");

    private final Function<AccountId, Desk> desks;

    EventFacts(Function<AccountId, Desk> desks) {
        this.desks = desks;
    }

    /** The fact for the event, or empty when the event does not trigger rules. */
    Optional<ConversationFact> of(DomainEvent event) {
        Conversation c = event.conversation();
        boolean autoReply = c.additionalAttributes().containsKey(AUTO_REPLY);
        if (event instanceof ConversationCreated) {
            return autoReply ? Optional.empty()
                    : Optional.of(builder(RuleEvent.CONVERSATION_CREATED, c, event.occurredAt()).build());
        }
        if (event instanceof ConversationUpdated updated) {
            Map<String, Change> changes = changes(updated);
            if (changes.keySet().stream().noneMatch(EventFacts::watched)) {
                return Optional.empty();
            }
            ConversationFact.Builder b = builder(RuleEvent.CONVERSATION_UPDATED, c, event.occurredAt());
            changes.forEach((key, change) -> changed(b, key, change));
            return Optional.of(b.build());
        }
        if (event instanceof ConversationStatusChanged changed) {
            if (autoReply && changed.to() == io.konversio.core.conversation.ConversationStatus.OPEN) {
                return Optional.empty();
            }
            return Optional.of(builder(RuleEvent.CONVERSATION_STATUS_CHANGED, c, event.occurredAt())
                    .eventStatus(changed.to().code())
                    .changed("status", changed.from().code(), changed.to().code()).build());
        }
        if (event instanceof MessageCreated created) {
            Message m = created.message();
            if (m.type() == MessageType.ACTIVITY || m.attributes().containsKey(AUTO_REPLY)) {
                return Optional.empty();
            }
            return Optional.of(withMessage(builder(RuleEvent.MESSAGE_CREATED, c, event.occurredAt()), m).build());
        }
        return Optional.empty();
    }

    /** The fact for {@code event} on the conversation as it is, with {@code message} for message events. */
    ConversationFact of(RuleEvent event, Conversation c, @Nullable Message message, Instant at) {
        ConversationFact.Builder b = builder(event, c, at);
        if (message != null) {
            withMessage(b, message);
        }
        return b.build();
    }

    private ConversationFact.Builder builder(RuleEvent event, Conversation c, Instant at) {
        Desk desk = desks.apply(c.accountId());
        ConversationFact.Builder b = ConversationFact.builder().event(event).occurredAt(at)
                .accountId(c.accountId().value()).conversationId(c.id().value()).inboxId(c.inboxId().value())
                .contactId(c.contactId().value());
        conversation(b, c);
        Map<String, String> channel = c.additionalAttributes();
        b.browserLanguage(channel.get("browser_language")).conversationLanguage(channel.get("conversation_language"))
                .referer(channel.get("referer")).mailSubject(channel.get("mail_subject"));
        desk.contacts().find(c.contactId()).ifPresent(contact -> contact(b, contact));
        Optional<Inbox> inbox = desk.inboxes().find(c.inboxId());
        b.inBusinessHours(inbox.flatMap(i -> i.settings().businessHours()).map(h -> h.isOpen(at)).orElse(null));
        return b;
    }

    /** Sets what actions change: status, priority, assignee, team, labels and custom attributes. */
    static ConversationFact.Builder conversation(ConversationFact.Builder b, Conversation c) {
        return b.status(c.status().code()).priority(c.priority().code())
                .assigneeId(c.assigneeId().map(a -> a.value()).orElse(null))
                .teamId(c.teamId().map(t -> t.value()).orElse(null))
                .labels(c.labels()).conversationAttributes(c.customAttributes());
    }

    private static void contact(ConversationFact.Builder b, Contact contact) {
        Map<String, String> more = contact.additionalAttributes();
        b.name(contact.name()).email(contact.email().orElse(null)).phoneNumber(contact.phoneNumber().orElse(null))
                .countryCode(more.get("country_code")).city(more.get("city")).company(more.get("company"))
                .contactAttributes(contact.customAttributes());
    }

    private static ConversationFact.Builder withMessage(ConversationFact.Builder b, Message m) {
        return b.messageId(m.id().value()).content(m.content()).messageType(m.type().code())
                .privateMessage(m.privateNote());
    }

    /** The event's changes less those between equal numbers ({@code 5} to {@code 5.00}): no change to a rule. */
    private static Map<String, Change> changes(ConversationUpdated updated) {
        Map<String, Change> changes = new LinkedHashMap<>();
        updated.changes().forEach((key, change) -> {
            boolean sameNumber = change.from().orElse(null) instanceof BigDecimal from
                    && change.to().orElse(null) instanceof BigDecimal to && from.compareTo(to) == 0;
            if (!sameNumber) {
                changes.put(key, change);
            }
        });
        return changes;
    }

    private static boolean watched(String key) {
        return WATCHED.contains(key) || key.startsWith("custom_attributes.");
    }

    /** Feeds {@code attribute_changed}: core's change names become condition attribute keys. */
    private static void changed(ConversationFact.Builder b, String key, Change change) {
        String conditionKey;
        if (key.startsWith("custom_attributes.")) {
            conditionKey = key.substring("custom_attributes.".length());
        } else if (key.startsWith("additional_attributes.")) {
            conditionKey = key.substring("additional_attributes.".length());
            if (!CHANNEL_ATTRIBUTES.contains(conditionKey)) {
                return;
            }
        } else if (Set.of("status", "priority", "assignee_id", "team_id").contains(key)) {
            conditionKey = key;
        } else {
            return;
        }
        boolean priority = key.equals("priority");
        b.changed(conditionKey, value(change.from(), priority), value(change.to(), priority));
    }

    /** Ids as numbers, no priority as absent ({@code nil} in a rule), other values as they are. */
    private static @Nullable Object value(Optional<Object> value, boolean priority) {
        if (value.isEmpty()) {
            return null;
        }
        Object v = value.get();
        if (v instanceof io.konversio.core.agent.AgentId a) {
            return a.value();
        }
        if (v instanceof io.konversio.core.agent.TeamId t) {
            return t.value();
        }
        if (priority && v.equals(Priority.NONE.code())) {
            return null;
        }
        return v;
    }
}
