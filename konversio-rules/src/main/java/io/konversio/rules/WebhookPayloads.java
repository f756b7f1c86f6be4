package io.konversio.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.konversio.core.contact.Contact;
import io.konversio.core.conversation.Conversation;
import java.util.Optional;

/**
 * Builds the JSON body of {@code send_webhook_event}: {@code event} ({@code automation_event.<event>}, as Chatwoot
 * names it), {@code account_id}, {@code rule} (id, name), {@code conversation} (as it is after the rule's earlier
 * actions, with its contact) and {@code message} (the event's message, or null). Thread-safe.
 */
final class WebhookPayloads {
    private final ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    static String eventName(ConversationFact fact) {
        return "automation_event." + fact.event().code();
    }

    String payload(PlannedAction action, ConversationFact fact, Conversation c, Optional<Contact> contact) {
        ObjectNode root = mapper.createObjectNode();
        root.put("event", eventName(fact));
        root.put("account_id", c.accountId().value());
        ObjectNode rule = root.putObject("rule");
        rule.put("id", action.ruleId().value());
        rule.put("name", action.ruleName());
        conversation(root.putObject("conversation"), c, contact);
        if (fact.messageId() != null) {
            ObjectNode message = root.putObject("message");
            message.put("id", fact.messageId());
            message.put("content", fact.content());
            message.put("message_type", fact.messageType());
            message.put("private", fact.privateMessage());
            message.put("created_at", fact.occurredAt().toString());
        } else {
            root.putNull("message");
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the webhook payload", e);
        }
    }

    private void conversation(ObjectNode node, Conversation c, Optional<Contact> contact) {
        node.put("id", c.displayId());
        node.put("internal_id", c.id().value());
        node.put("inbox_id", c.inboxId().value());
        node.put("status", c.status().code());
        node.put("priority", c.priority().code());
        c.assigneeId().ifPresentOrElse(a -> node.put("assignee_id", a.value()), () -> node.putNull("assignee_id"));
        c.teamId().ifPresentOrElse(t -> node.put("team_id", t.value()), () -> node.putNull("team_id"));
        ArrayNode labels = node.putArray("labels");
        c.labels().forEach(labels::add);
        node.set("custom_attributes", mapper.valueToTree(c.customAttributes()));
        node.set("additional_attributes", mapper.valueToTree(c.additionalAttributes()));
        node.put("created_at", c.createdAt().toString());
        if (contact.isPresent()) {
            ObjectNode person = node.putObject("contact");
            person.put("id", contact.get().id().value());
            person.put("name", contact.get().name());
            person.put("email", contact.get().email().orElse(null));
            person.put("phone_number", contact.get().phoneNumber().orElse(null));
        } else {
            node.putNull("contact");
        }
    }
}
