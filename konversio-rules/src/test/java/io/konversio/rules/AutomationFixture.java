package io.konversio.rules;

import io.konversio.core.MutableClock;
import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.Konversio;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.agent.Team;
import io.konversio.core.businesshours.BusinessHours;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.rules.spi.Email;
import io.konversio.rules.spi.WebhookRequest;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A real Konversio with automation installed, on a clock the test moves (Monday 2026-06-01 10:00 UTC), and one
 * account "Acme": inboxes Support Email and Live Chat (open weekdays 09:00-17:00 UTC), agents Alice (both inboxes),
 * Bob (email) and Carol (no inbox), teams Billing (Bob, Alice) and Sales (none), labels billing, vip, refund. Every
 * evaluation, email and webhook request is recorded.
 */
final class AutomationFixture {
    static final Instant MONDAY_10 = Instant.parse("2026-06-01T10:00:00Z");
    static final Instant SATURDAY_10 = Instant.parse("2026-06-06T10:00:00Z");

    final MutableClock clock = new MutableClock(MONDAY_10);
    final List<EvaluationResult> results = new CopyOnWriteArrayList<>();
    final List<Email> emails = new CopyOnWriteArrayList<>();
    final List<WebhookRequest> webhooks = new CopyOnWriteArrayList<>();
    final Automation automation;
    final Konversio konversio;
    final Desk desk;
    final AutomationRules rules;
    final Inbox email;
    final Inbox chat;
    final Agent alice;
    final Agent bob;
    final Agent carol;
    final Team billing;
    final Team sales;

    AutomationFixture() {
        this(AutomationLimits.defaults(), b -> { });
    }

    AutomationFixture(AutomationLimits limits, Consumer<Konversio.Builder> more) {
        automation = Automation.builder().limits(limits).listener(results::add).mailer(emails::add)
                .webhooks(webhooks::add).build();
        Konversio.Builder builder = Konversio.builder().clock(clock).extension(automation);
        more.accept(builder);
        konversio = builder.build();
        desk = konversio.desk(konversio.accounts().create("Acme").id());
        rules = automation.rules(desk);
        email = desk.inboxes().create("Support Email", ChannelType.EMAIL);
        chat = desk.inboxes().create("Live Chat", ChannelType.WEBSITE);
        desk.inboxes().setBusinessHours(chat.id(), BusinessHours.builder(ZoneOffset.UTC)
                .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build());
        alice = agent("Alice", "alice@acme.test", email, chat);
        bob = agent("Bob", "bob@acme.test", email);
        carol = agent("Carol", "carol@acme.test");
        billing = desk.teams().create("Billing", "Invoices and refunds");
        desk.teams().addMember(billing.id(), bob.id());
        desk.teams().addMember(billing.id(), alice.id());
        sales = desk.teams().create("Sales", "");
        desk.labels().create("billing");
        desk.labels().create("vip");
        desk.labels().create("refund");
    }

    private Agent agent(String name, String address, Inbox... inboxes) {
        Agent agent = desk.agents().create(name, address, AgentRole.AGENT);
        for (Inbox inbox : inboxes) {
            desk.agents().addToInbox(agent.id(), inbox.id());
        }
        return desk.agents().setAvailability(agent.id(), Availability.ONLINE);
    }

    Contact contact(String name) {
        return desk.contacts().create(NewContact.builder(name).build());
    }

    /** A new conversation in the inbox from a new contact, with a first message when given. */
    Conversation start(Inbox inbox, String contactName, String message) {
        Contact contact = contact(contactName);
        NewConversation.Builder b = NewConversation.builder(inbox.id(), contact.id());
        if (!message.isEmpty()) {
            b.message(message);
        }
        return desk.conversations().create(b.build(), Actor.contact(contact.id()));
    }

    Conversation get(ConversationId id) {
        return desk.conversations().get(id);
    }

    List<Message> messages(ConversationId id) {
        return desk.conversations().messages(id);
    }

    /** The texts of the messages automation sent, in order. */
    List<String> automated(ConversationId id) {
        return messages(id).stream().filter(m -> m.sender().isAutomation()).map(Message::content).toList();
    }

    /** The evaluations of one conversation in which a rule fired. */
    List<EvaluationResult> fired(ConversationId id) {
        return results.stream().filter(r -> r.event().conversationId() == id.value())
                .filter(r -> !r.matchedRules().isEmpty()).toList();
    }
}
