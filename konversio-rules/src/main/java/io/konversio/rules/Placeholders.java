package io.konversio.rules;

import io.konversio.core.Desk;
import io.konversio.core.Konversio;
import io.konversio.core.agent.Agent;
import io.konversio.core.contact.Contact;
import io.konversio.core.conversation.Conversation;
import java.util.Optional;

/**
 * The values of message placeholders for one conversation, looked up when a template names them: {@code
 * contact.name|email|phone_number}, {@code agent.name|email} (the assignee), {@code conversation.id} and {@code
 * conversation.display_id} (both the display id), {@code conversation.status}, {@code conversation.priority}, {@code
 * inbox.name}, {@code account.name}. A known placeholder without a value (no assignee, no email) becomes empty
 * text; an unknown one is left as written. Not thread-safe; one per message.
 */
final class Placeholders {
    private final Konversio konversio;
    private final Desk desk;
    private final Conversation conversation;

    Placeholders(Konversio konversio, Desk desk, Conversation conversation) {
        this.konversio = konversio;
        this.desk = desk;
        this.conversation = conversation;
    }

    String render(String template) {
        return MessageTemplate.render(template, name -> value(name).map(v -> v.orElse("")));
    }

    /** Empty for an unknown name; an empty value for a known name without a value. */
    private Optional<Optional<String>> value(String name) {
        return Optional.ofNullable(switch (name) {
            case "contact.name" -> contact().map(Contact::name);
            case "contact.email" -> contact().flatMap(Contact::email);
            case "contact.phone_number" -> contact().flatMap(Contact::phoneNumber);
            case "agent.name" -> agent().map(Agent::name);
            case "agent.email" -> agent().map(Agent::email);
            case "conversation.id", "conversation.display_id" -> Optional.of(Long.toString(conversation.displayId()));
            case "conversation.status" -> Optional.of(conversation.status().code());
            case "conversation.priority" -> Optional.of(conversation.priority().code());
            case "inbox.name" -> desk.inboxes().find(conversation.inboxId()).map(i -> i.name());
            case "account.name" -> konversio.accounts().find(conversation.accountId()).map(a -> a.name());
            default -> null;
        });
    }

    private Optional<Contact> contact() {
        return desk.contacts().find(conversation.contactId());
    }

    private Optional<Agent> agent() {
        return conversation.assigneeId().flatMap(desk.agents()::find);
    }
}
