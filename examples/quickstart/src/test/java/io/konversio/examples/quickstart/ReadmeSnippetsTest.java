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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    assertThat(names).contains("quickstart", "search");
  }

  private static String normalize(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + "\n" + b);
  }
}
