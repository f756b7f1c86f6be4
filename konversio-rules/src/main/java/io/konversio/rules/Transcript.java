package io.konversio.rules;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.agent.AgentId;
import io.konversio.core.contact.ContactId;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.Message;

/**
 * The plain-text transcript of a conversation for {@code send_email_transcript}: the messages the contact sees
 * (never private notes or activity lines), one block per message with its time and sender. Not thread-safe.
 */
final class Transcript {
    private final Desk desk;
    private final Conversation conversation;

    Transcript(Desk desk, Conversation conversation) {
        this.desk = desk;
        this.conversation = conversation;
    }

    String text() {
        StringBuilder out = new StringBuilder("Conversation #").append(conversation.displayId()).append('\n');
        for (Message m : desk.conversations().customerView(conversation.id())) {
            out.append('\n').append('[').append(m.createdAt()).append("] ").append(sender(m.sender())).append(":\n")
                    .append(m.content()).append('\n');
        }
        return out.toString();
    }

    private String sender(Actor actor) {
        return switch (actor.kind()) {
            case CONTACT -> desk.contacts().find(ContactId.of(actor.id())).map(c -> c.name()).orElse("Contact");
            case AGENT -> desk.agents().find(AgentId.of(actor.id())).map(a -> a.name()).orElse("Agent");
            case AUTOMATION -> "Automation";
            case BOT -> "Bot";
            case CAMPAIGN -> "Campaign";
            case SYSTEM -> "System";
        };
    }
}
