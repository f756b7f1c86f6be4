package io.konversio.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.Konversio;
import io.konversio.core.account.Account;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.inbox.AutoAssignment;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxSettings;
import io.konversio.core.search.AssigneeFilter;
import io.konversio.core.search.ConversationQuery;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.AttributeType;
import io.konversio.core.businesshours.BusinessHours;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationUpdate;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessagePost;
import io.konversio.core.conversation.Retry;
import io.konversio.core.notification.Notification;
import io.konversio.rules.webhook.Webhooks;
import io.konversio.jdbc.JdbcStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.konversio.rules.Automation;
import io.konversio.rules.AutomationRule;
import io.konversio.rules.AutomationRules;
import io.konversio.rules.EvaluationResult;
import io.konversio.rules.Explanation;
import io.konversio.rules.RuleEvent;
import io.konversio.rules.spi.Email;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's snippets: each region between {@code // README:<name>} and {@code // README:end} below must
 * appear verbatim (up to indentation) in README.md.
 */
class ReadmeSnippetsTest {

  @Test
  void quickStartRuns() {
    // README:quickstart
    Konversio konversio = Konversio.builder().build(); // in memory; see konversio-jdbc for a database
    Account acme = konversio.accounts().create("Acme");
    Desk desk = konversio.desk(acme.id());

    Inbox support = desk.inboxes().create("Support", ChannelType.EMAIL,
        InboxSettings.defaults().withAutoAssignment(AutoAssignment.roundRobin()));
    Agent alice = desk.agents().create("Alice", "alice@acme.test", AgentRole.AGENT);
    desk.agents().addToInbox(alice.id(), support.id());
    desk.agents().setAvailability(alice.id(), Availability.ONLINE);
    Contact ada = desk.contacts().create(NewContact.builder("Ada").email("ada@example.com").build());

    Conversation c = desk.conversations().create(
        NewConversation.builder(support.id(), ada.id()).message("I was charged twice").build(),
        Actor.contact(ada.id()));                       // auto-assigned to Alice
    desk.conversations().reply(c.id(), "Refund on its way!", Actor.agent(alice.id()));
    desk.conversations().resolve(c.id(), Actor.agent(alice.id()));
    // README:end
    assertThat(desk.conversations().get(c.id()).status()).isEqualTo(ConversationStatus.RESOLVED);
    assertThat(c.assigneeId()).contains(alice.id());
  }

  @Test
  void searchRuns() {
    Konversio konversio = Konversio.builder().build();
    Desk desk = konversio.desk(konversio.accounts().create("Acme").id());
    Agent alice = desk.agents().create("Alice", "alice@acme.test", AgentRole.ADMINISTRATOR);
    desk.labels().create("billing");
    Instant monday = Instant.parse("2026-06-01T00:00:00Z");
    // README:search
    ConversationQuery query = ConversationQuery.builder()
        .statuses(ConversationStatus.OPEN, ConversationStatus.PENDING)
        .assignee(AssigneeFilter.mine())
        .labelsAny("billing")
        .createdBetween(monday, null)
        .text("invoice")                                // messages, contact name, email, phone
        .page(0, 25)
        .build();
    List<Conversation> mine = desk.conversations().list(query, alice.id()).items();
    desk.savedFilters().save(alice.id(), "My billing", query);
    // README:end
    assertThat(mine).isEmpty();
  }

  @Test
  void builderRuns() {
    List<String> log = new ArrayList<>();
    List<Notification> push = new ArrayList<>();
    List<Message> mailer = new ArrayList<>();
    // README:builder
    Konversio konversio = Konversio.builder()
        .clock(Clock.systemUTC())
        .listener(event -> log.add(event.name() + " on " + event.conversationId()))
        .notificationSink(notification -> push.add(notification))
        .outboundChannel((inbox, conversation, contact, message) -> mailer.add(message))
        .runDueWorkEvery(Duration.ofSeconds(30))     // or call konversio.runDueWork() from your scheduler
        .build();
    // README:end
    konversio.close();
    assertThat(log).isEmpty();
  }

  @Test
  void retryRuns() {
    Konversio konversio = Konversio.builder().build();
    Desk desk = konversio.desk(konversio.accounts().create("Acme").id());
    desk.customAttributes().define(AttributeModel.CONVERSATION, "reopen_count", "Reopened", AttributeType.NUMBER);
    Inbox inbox = desk.inboxes().create("Support", ChannelType.API);
    Contact ada = desk.contacts().create(NewContact.builder("Ada").build());
    ConversationId id = desk.conversations().create(NewConversation.builder(inbox.id(), ada.id()).build(),
        Actor.system()).id();
    Actor actor = Actor.system();
    // README:retry
    Conversation saved = Retry.onStale(5, () -> {
      Conversation c = desk.conversations().get(id);
      return desk.conversations().update(id, c.version(),
          ConversationUpdate.builder().setCustomAttribute("reopen_count", count(c) + 1).build(), actor);
    });
    // README:end
    assertThat(saved.customAttributes()).containsEntry("reopen_count", BigDecimal.ONE);
  }

  @Test
  void postAllRuns() {
    Konversio konversio = Konversio.builder().build();
    Desk desk = konversio.desk(konversio.accounts().create("Acme").id());
    Inbox inbox = desk.inboxes().create("Support", ChannelType.API);
    Contact ada = desk.contacts().create(NewContact.builder("Ada").build());
    Agent alice = desk.agents().create("Alice", "alice@acme.test", AgentRole.AGENT);
    ConversationId id = desk.conversations().create(NewConversation.builder(inbox.id(), ada.id()).build(),
        Actor.system()).id();
    ConversationId other = desk.conversations().create(NewConversation.builder(inbox.id(), ada.id()).build(),
        Actor.system()).id();
    // README:postall
    List<Message> added = desk.conversations().postAll(List.of(
        MessagePost.incoming(id, "Hi, my invoice is wrong"),
        MessagePost.reply(id, "Sorry Ada, fixing it now", Actor.agent(alice.id())),
        MessagePost.note(other, "Same customer as #12, see there", Actor.agent(alice.id()))));
    // README:end
    assertThat(added).hasSize(3);
    assertThat(desk.conversations().messages(id)).hasSize(2);
    konversio.close();
  }

  private static int count(Conversation c) {
    return c.customAttributes().containsKey("reopen_count")
        ? ((BigDecimal) c.customAttributes().get("reopen_count")).intValue() : 0;
  }

  @Test
  void businessHoursRun() {
    Konversio konversio = Konversio.builder().build();
    Desk desk = konversio.desk(konversio.accounts().create("Acme").id());
    Inbox support = desk.inboxes().create("Support", ChannelType.EMAIL);
    Instant instant = Instant.parse("2026-06-06T11:00:00Z");
    Instant created = Instant.parse("2026-06-05T14:00:00Z");
    Instant resolved = Instant.parse("2026-06-08T08:00:00Z");
    // README:hours
    BusinessHours hours = BusinessHours.builder(ZoneId.of("Europe/Berlin"))
        .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
        .interval(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0))
        .holiday(LocalDate.of(2026, 12, 25))
        .build();
    desk.inboxes().setBusinessHours(support.id(), hours);
    hours.isOpen(instant);                       // inside an interval, not on a holiday
    hours.nextOpening(instant);                  // Optional<Instant>
    hours.businessTimeBetween(created, resolved); // only open time counts
    // README:end
    assertThat(hours.isOpen(instant)).isTrue();
    assertThat(hours.businessTimeBetween(created, resolved)).isEqualTo(Duration.ofHours(1 + 4 + 1));
    assertThat(desk.inboxes().get(support.id()).settings().businessHours()).contains(hours);
  }

  @Test
  void automationRuns() {
    List<Email> mailbox = new ArrayList<>();
    List<EvaluationResult> results = new ArrayList<>();
    // README:automation
    Automation automation = Automation.builder()
        .mailer(email -> mailbox.add(email))         // for send_email_to_team and send_email_transcript
        .listener(result -> results.add(result))     // every evaluation, failed actions included
        .build();
    Konversio konversio = Konversio.builder().extension(automation).build();
    Desk desk = konversio.desk(konversio.accounts().create("Acme").id());
    desk.labels().create("billing");

    AutomationRules rules = automation.rules(desk);
    AutomationRule refunds = rules.create("""
        {"name": "Label refund requests", "event_name": "message_created",
         "conditions": [{"attribute_key": "content", "filter_operator": "contains", "values": ["refund"]}],
         "actions": [{"action_name": "add_label", "action_params": ["billing"]}]}""");
    // README:end
    Inbox support = desk.inboxes().create("Support", ChannelType.EMAIL);
    Contact ada = desk.contacts().create(NewContact.builder("Ada").build());
    Conversation conversation = desk.conversations().create(NewConversation.builder(support.id(), ada.id())
        .message("Can I get a refund?").build(), Actor.contact(ada.id()));
    assertThat(desk.conversations().get(conversation.id()).labels()).containsExactly("billing");
    assertThat(results).filteredOn(r -> !r.matchedRules().isEmpty()).hasSize(1);
    assertThat(mailbox).isEmpty();
    // README:rules
    rules.move(refunds.id().orElseThrow(), 0);          // rules run in list order
    rules.disable(refunds.id().orElseThrow());          // kept, but never run
    rules.enable(refunds.id().orElseThrow());
    Explanation why = rules.explain(refunds.id().orElseThrow(), conversation.id());
    EvaluationResult wouldDo = rules.dryRun(RuleEvent.MESSAGE_CREATED, conversation.id());
    String backup = rules.exportJson();                 // importJson reads it back
    // README:end
    assertThat(why.matches()).isTrue();
    assertThat(wouldDo.plannedActions()).hasSize(1);
    assertThat(backup).contains("Label refund requests");
  }

  @Test
  void webhooksRun() {
    // README:webhooks
    Webhooks webhooks = Webhooks.builder()
        .secrets(account -> secretFor(account))          // per-account signing key
        .build();
    Automation automation = Automation.builder().webhooks(webhooks).build();
    Konversio konversio = Konversio.builder().extension(webhooks).extension(automation).build();
    // README:end
    assertThat(konversio.accounts().list()).isEmpty();
  }

  private static byte[] secretFor(long account) {
    return ("secret-" + account).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void persistenceRuns() {
    // README:persistence
    JdbcStore store = JdbcStore.h2InMemory("desk");  // or h2File(Path), postgres(url, user, password), create(dataSource)
    Konversio konversio = Konversio.builder().store(store).build();
    Desk desk = konversio.desk(konversio.accounts().create("Acme").id());
    // README:end
    assertThat(desk.inboxes().list()).isEmpty();
    store.close();
  }

  @Test
  void everySnippetIsInTheReadme() throws IOException {
    String readme = normalize(Files.readString(Path.of("..", "..", "README.md")));
    String source = Files.readString(
        Path.of("src/test/java/io/konversio/examples/quickstart/ReadmeSnippetsTest.java"));
    Matcher m = Pattern.compile("// README:(\\w+)\\n(.*?)\\n\\s*// README:end", Pattern.DOTALL).matcher(source);
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
      assertThat(readme).as("README snippet '%s'", m.group(1)).contains(normalize(m.group(2)));
    }
    assertThat(names).contains("quickstart", "search", "builder", "retry", "hours", "webhooks", "persistence", "automation", "rules");
  }

  private static String normalize(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + "\n" + b);
  }
}
