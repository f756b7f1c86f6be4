package io.konversio.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.Konversio;
import io.konversio.core.MutableClock;
import io.konversio.core.account.Account;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.agent.Team;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.AttributeType;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.conversation.Priority;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.inbox.AutoAssignment;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxSettings;
import io.konversio.core.search.AssigneeFilter;
import io.konversio.core.search.AttributeCondition;
import io.konversio.core.search.ConversationCounts;
import io.konversio.core.search.ConversationQuery;
import io.konversio.core.search.SavedFilter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A conversation's whole life through Konversio on a {@link JdbcStore}; one subclass per database. */
abstract class EndToEndContract {
  private final List<JdbcStore> stores = new CopyOnWriteArrayList<>();

  protected abstract Backend backend();

  @AfterEach
  void closeStores() {
    stores.forEach(JdbcStore::close);
  }

  private JdbcStore open(String database) {
    JdbcStore store = backend().open(database);
    stores.add(store);
    return store;
  }

  @Test
  void aConversationGoesThroughItsLifeAndSurvivesARestart() {
    String database = backend().newDatabase();
    MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    List<DomainEvent> events = new CopyOnWriteArrayList<>();
    Konversio k = Konversio.builder().clock(clock).store(open(database)).listener(events::add).build();
    Account acme = k.accounts().create("Acme");
    Desk desk = k.desk(acme.id());
    Inbox inbox = desk.inboxes().create("Support", ChannelType.EMAIL,
        InboxSettings.defaults().withAutoAssignment(AutoAssignment.roundRobin()));
    Agent alice = desk.agents().create("Alice", "alice@acme.test", AgentRole.AGENT);
    desk.agents().addToInbox(alice.id(), inbox.id());
    desk.agents().setAvailability(alice.id(), Availability.ONLINE);
    Team billing = desk.teams().create("Billing", "Invoices");
    desk.teams().addMember(billing.id(), alice.id());
    desk.labels().create("Invoice");
    desk.customAttributes().define(AttributeModel.CONVERSATION, "order_total", "Order total", AttributeType.NUMBER);
    desk.customAttributes().define(AttributeModel.CONVERSATION, "due", "Due", AttributeType.DATE);
    Contact ada = desk.contacts().create(NewContact.builder("Ada Lovelace").email("ada@example.com")
        .phoneNumber("+44 20 1234").additionalAttribute("city", "London").build());

    Conversation c = desk.conversations().create(
        NewConversation.builder(inbox.id(), ada.id()).message("Hello, my invoice is wrong").priority(Priority.HIGH)
            .customAttribute("order_total", "12.50").additionalAttribute("mail_subject", "Invoice").build(),
        Actor.contact(ada.id()));
    assertThat(c.assigneeId()).contains(alice.id());
    assertThat(c.displayId()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(5));
    desk.conversations().reply(c.id(), "Looking into it", Actor.agent(alice.id()));
    desk.conversations().note(c.id(), "Checking with @Alice", Actor.agent(alice.id()));
    desk.conversations().addLabels(c.id(), List.of("invoice"), Actor.agent(alice.id()));
    desk.conversations().assignTeam(c.id(), billing.id(), Actor.agent(alice.id()));
    desk.conversations().setCustomAttribute(c.id(), "due", LocalDate.of(2026, 2, 1), Actor.agent(alice.id()));
    Conversation snoozed = desk.conversations().snoozeUntil(c.id(), clock.instant().plus(Duration.ofHours(1)),
        Actor.agent(alice.id()));
    assertThat(snoozed.status()).isEqualTo(ConversationStatus.SNOOZED);

    Page page = new Page(desk.conversations().list(ConversationQuery.builder().text("INVOICE").build()).items());
    assertThat(page.ids()).containsExactly(c.id().value());
    assertThat(desk.conversations().list(ConversationQuery.builder().text("lovelace").build()).total()).isEqualTo(1);
    assertThat(desk.conversations().list(ConversationQuery.builder().text("nothing like it").build()).total())
        .isZero();
    assertThat(desk.conversations().list(ConversationQuery.builder().labelsAll("invoice")
        .statuses(ConversationStatus.SNOOZED).channelTypes(ChannelType.EMAIL).teams(billing.id())
        .attribute(AttributeCondition.of("order_total", AttributeCondition.Operator.GREATER, "10")).build())
        .total()).isEqualTo(1);
    ConversationCounts counts = desk.conversations().counts(ConversationQuery.all(), alice.id());
    assertThat(counts).isEqualTo(new ConversationCounts(1, 0, 1, 1));

    SavedFilter filter = desk.savedFilters().save(alice.id(), "Mine",
        ConversationQuery.builder().assignee(AssigneeFilter.mine()).labelsAny("invoice").build());
    assertThat(desk.savedFilters().run(filter.id()).items()).extracting(Conversation::id).containsExactly(c.id());

    clock.advance(Duration.ofHours(2));
    assertThat(k.runDueWork()).isEqualTo(1);
    assertThat(desk.conversations().get(c.id()).status()).isEqualTo(ConversationStatus.OPEN);
    assertThat(events).extracting(DomainEvent::name).contains("conversation_created", "message_created",
        "conversation_status_changed", "assignee_changed", "label_added", "team_changed", "conversation_updated");
    assertThat(desk.notifications().list(alice.id()).items()).isNotEmpty();
    Conversation before = desk.conversations().get(c.id());
    List<Message> messages = desk.conversations().messages(c.id());
    k.close();

    Konversio again = Konversio.builder().clock(clock).store(open(database)).build();
    Desk desk2 = again.desk(acme.id());
    Conversation after = desk2.conversations().get(c.id());
    assertThat(after).isEqualTo(before);
    assertThat(after.customAttributes()).containsEntry("order_total", new BigDecimal("12.50"))
        .containsEntry("due", LocalDate.of(2026, 2, 1));
    assertThat(desk2.conversations().messages(c.id())).isEqualTo(messages);
    assertThat(desk2.contacts().get(ada.id())).isEqualTo(desk.contacts().get(ada.id()));
    assertThat(desk2.agents().get(alice.id()).inboxes()).containsExactly(inbox.id());
    assertThat(desk2.teams().get(billing.id()).members()).containsExactly(alice.id());
    assertThat(desk2.savedFilters().get(filter.id())).isEqualTo(filter);
    assertThat(desk2.inboxes().get(inbox.id())).isEqualTo(inbox);
    Conversation second = desk2.conversations().create(NewConversation.builder(inbox.id(), ada.id())
        .message("Another question").build(), Actor.contact(ada.id()));
    assertThat(second.displayId()).isEqualTo(2);
  }

  private record Page(List<Conversation> items) {
    List<Long> ids() {
      return items.stream().map(c -> c.id().value()).toList();
    }
  }
}
