package io.konversio.examples.quickstart;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.Konversio;
import io.konversio.core.account.Account;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.agent.Team;
import io.konversio.core.bulk.BulkResult;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessagePost;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.event.AssigneeChanged;
import io.konversio.core.event.ConversationStatusChanged;
import io.konversio.core.inbox.AutoAssignment;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxSettings;
import io.konversio.core.notification.Notification;
import io.konversio.core.notification.NotificationType;
import io.konversio.core.search.AssigneeFilter;
import io.konversio.core.search.ConversationQuery;
import io.konversio.core.search.SavedFilter;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.account.AccountId;
import io.konversio.core.businesshours.BusinessHours;
import io.konversio.core.conversation.ConversationId;
import io.konversio.rules.ActionRecord;
import io.konversio.rules.Automation;
import io.konversio.rules.AutomationRule;
import io.konversio.rules.EvaluationResult;
import java.io.IOException;
import java.io.InputStream;
import io.konversio.jdbc.JdbcStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Plays a short support day on Konversio's embedded defaults and prints what happened: two inboxes, agents and
 * teams, automation rules loaded from {@code rules.json} (assign by inbox, label by keyword, welcome message,
 * out-of-hours reply), conversations with replies, a private note with a mention, assignment, snooze and wake-up,
 * a bulk action, a search and a saved filter. It keeps everything in an H2 file database, and ends by opening that
 * file again in a new Konversio, as after a restart, to show that the day survived.
 */
public final class Quickstart {
  private final PrintStream out;
  private final Path database;
  private final DayClock clock = new DayClock(Instant.parse("2026-06-01T08:55:00Z"));
  private @Nullable Konversio konversio;

  Quickstart(PrintStream out, Path database) {
    this.out = out;
    this.database = database;
  }

  /** Runs the day on an H2 file database: the path given, or {@code target/quickstart/konversio}. */
  public static void main(String[] args) {
    Path database = Path.of(args.length > 0 ? args[0] : "target/quickstart/konversio");
    new Quickstart(System.out, database).run();
  }

  void run() {
    deleteDatabase();
    say("== the desk lives in the H2 file database %s", database.toAbsolutePath());
    try (JdbcStore store = JdbcStore.h2File(database)) {
      playTheDay(store);
    }
    try (JdbcStore store = JdbcStore.h2File(database)) {
      Automation automation = Automation.builder().ruleStore(store.ruleStore()).build();
      try (Konversio again = Konversio.builder().clock(clock).store(store).extension(automation).build()) {
        showWhatSurvived(again, automation);
      }
    }
  }

  private void deleteDatabase() {
    for (String suffix : List.of(".mv.db", ".trace.db")) {
      try {
        Files.deleteIfExists(Path.of(database + suffix));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Opens the same database file in a new Konversio, as after a restart, and reads the day back. */
  private void showWhatSurvived(Konversio restarted, Automation automation) {
    say("== next morning: a new process opens the same database");
    Account acme = restarted.accounts().list().get(0);
    Desk desk = restarted.desk(acme.id());
    Conversation first = desk.conversations().findByDisplayId(1).orElseThrow();
    say("still there: account '%s', %d inboxes, %d agents; #1 is %s, labelled %s, assigned to %s, %d messages",
        acme.name(), desk.inboxes().list().size(), desk.agents().list().size(), first.status().code(),
        first.labels(), name(desk, first), desk.conversations().messages(first.id()).size());
    say("automation rules still there: %s",
        automation.rules(desk).list().stream().map(AutomationRule::name).toList());
    Agent bob = desk.agents().list().stream().filter(a -> a.name().equals("Bob")).findFirst().orElseThrow();
    SavedFilter saved = desk.savedFilters().list(bob.id()).get(0);
    say("Bob's saved filter '%s' still finds %s", saved.name(),
        desk.savedFilters().run(saved.id()).items().stream().map(c -> "#" + c.displayId()).toList());
  }

  private void playTheDay(JdbcStore store) {
    Automation automation = Automation.builder().ruleStore(store.ruleStore()).listener(this::ruleFired).build();
    Konversio konversio = Konversio.builder()
        .clock(clock)
        .store(store)
        .extension(automation)
        .listener(event -> {
          if (event instanceof ConversationStatusChanged s) {
            say("  [event] #%d %s -> %s", s.conversation().displayId(), s.from().code(), s.to().code());
          } else if (event instanceof AssigneeChanged a) {
            say("  [event] #%d assignee %s -> %s", a.conversation().displayId(),
                a.from().map(Object::toString).orElse("nobody"), a.to().map(Object::toString).orElse("nobody"));
          }
        })
        .notificationSink(n -> {
          if (n.type() != NotificationType.CONVERSATION_CREATED) {
            say("  [notify] agent %s: %s on conversation %s", n.agentId(), n.type().code(), n.conversationId());
          }
        })
        .build();
    this.konversio = konversio;

    Account acme = konversio.accounts().create("Acme Inc.");
    Desk desk = konversio.desk(acme.id());
    say("== 08:55 Acme opens its desk");
    Inbox email = desk.inboxes().create("Support Email", ChannelType.EMAIL,
        InboxSettings.defaults().withAutoAssignment(AutoAssignment.roundRobin()));
    Inbox chat = desk.inboxes().create("Live Chat", ChannelType.WEBSITE, InboxSettings.defaults()
        .withBusinessHours(BusinessHours.builder(ZoneOffset.UTC).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
            .build()));
    Agent alice = agent(desk, "Alice", "alice@acme.test", AgentRole.AGENT, email, chat);
    Agent bob = agent(desk, "Bob", "bob@acme.test", AgentRole.AGENT, email, chat);
    Agent carol = agent(desk, "Carol", "carol@acme.test", AgentRole.ADMINISTRATOR, chat);
    Team billing = desk.teams().create("Billing", "Invoices and refunds");
    desk.teams().addMember(billing.id(), bob.id());
    desk.teams().addMember(billing.id(), carol.id());
    Team frontDesk = desk.teams().create("Front desk", "First line on chat");
    desk.teams().addMember(frontDesk.id(), alice.id());
    desk.teams().addMember(frontDesk.id(), carol.id());
    desk.labels().create("billing");
    desk.labels().create("vip");
    say("inboxes: %s, %s (open weekdays 09-17 UTC); agents: Alice, Bob (email + chat), Carol (admin); "
        + "teams Billing = Bob, Carol and Front desk = Alice, Carol", email.name(), chat.name());
    List<AutomationRule> rules = automation.rules(desk).importJson(resource("rules.json"));
    say("automation: loaded %d rules from rules.json: %s", rules.size(),
        rules.stream().map(AutomationRule::name).toList());

    clock.at("09:02");
    say("== 09:02 customers write in");
    Contact ada = desk.contacts().create(NewContact.builder("Ada Lovelace").email("ada@example.com").build());
    Contact grace = desk.contacts().create(NewContact.builder("Grace Hopper").phoneNumber("+1 555 0100").build());
    Conversation invoice = desk.conversations().create(NewConversation.builder(email.id(), ada.id())
        .message("Hello, I was charged twice on invoice 2041. Can I get a refund?").build(), Actor.contact(ada.id()));
    Conversation login = desk.conversations().create(NewConversation.builder(email.id(), grace.id())
        .message("I cannot log in since this morning.").build(), Actor.contact(grace.id()));
    say("#%d from Ada auto-assigned to %s; #%d from Grace auto-assigned to %s (round robin)",
        invoice.displayId(), name(desk, invoice), login.displayId(), name(desk, login));

    clock.at("09:10");
    say("== 09:10 replies and a private note with a mention");
    desk.conversations().reply(invoice.id(), "Sorry about that, Ada. Let me check.", Actor.agent(alice.id()));
    say("#%d is labelled %s", invoice.displayId(), desk.conversations().get(invoice.id()).labels());
    desk.conversations().note(invoice.id(),
        "[@Carol](mention://user/" + carol.id() + "/Carol) can you approve a refund for this one?",
        Actor.agent(alice.id()));
    say("Ada sees %d messages; agents see %d (the note is private)",
        desk.conversations().customerView(invoice.id()).size(), desk.conversations().messages(invoice.id()).size());
    desk.conversations().assignTeam(invoice.id(), billing.id(), Actor.agent(alice.id()));
    Conversation handedOver = desk.conversations().assign(invoice.id(), bob.id(), Actor.agent(alice.id()));
    say("#%d handed to team Billing and Bob; participants now %s", handedOver.displayId(),
        handedOver.participants());

    clock.at("09:30");
    say("== 09:30 waiting on the customer: snooze until 11:00");
    desk.conversations().reply(login.id(), "Could you try resetting your password?", Actor.agent(bob.id()));
    desk.conversations().snoozeUntil(login.id(), clock.today("11:00"), Actor.agent(bob.id()));
    clock.at("11:01");
    int woke = konversio.runDueWork();
    say("11:01 due work ran %d item(s); #%d is %s again", woke, login.displayId(),
        desk.conversations().get(login.id()).status().code());

    clock.at("11:15");
    say("== 11:15 a busy chat hour, then a bulk snooze");
    Conversation q1 = chat(desk, chat, "Tom", "Do you ship to Norway?");
    Conversation q2 = chat(desk, chat, "Una", "What are your opening hours?");
    Conversation q3 = chat(desk, chat, "Vic", "Is there a student discount?");
    desk.conversations().resolve(q2.id(), Actor.agent(carol.id()));
    BulkResult bulk = desk.bulk().snoozeUntil(List.of(q1.id(), q2.id(), q3.id()), clock.today("14:00"),
        Actor.agent(carol.id()));
    say("bulk snooze until 14:00: %d succeeded, %d failed %s", bulk.succeeded(), bulk.failed(),
        bulk.failures().stream().map(f -> f.failure().orElse("")).toList());

    clock.at("12:00");
    say("== 12:00 search and a saved filter");
    List<Conversation> found = desk.conversations()
        .list(ConversationQuery.builder().text("INVOICE").build()).items();
    say("search 'INVOICE' finds %s", found.stream().map(c -> "#" + c.displayId()).toList());
    SavedFilter mine = desk.savedFilters().save(bob.id(), "My open billing",
        ConversationQuery.builder().statuses(ConversationStatus.OPEN).assignee(AssigneeFilter.mine())
            .labelsAny("billing").build());
    say("Bob's saved filter '%s' finds %s", mine.name(),
        desk.savedFilters().run(mine.id()).items().stream().map(c -> "#" + c.displayId()).toList());
    say("counts for Bob: %s", desk.conversations().counts(ConversationQuery.builder()
        .statuses(ConversationStatus.OPEN).build(), bob.id()));
    List<Notification> carolsNotes = desk.notifications().list(carol.id()).items();
    say("Carol has %d notification(s), %d unread", carolsNotes.size(), desk.notifications().unreadCount(carol.id()));

    clock.at("12:30");
    say("== 12:30 the mail poller brings three e-mails at once: one postAll, one transaction");
    Conversation parcel = desk.conversations().create(NewConversation.builder(email.id(), grace.id()).build(),
        Actor.system());
    List<Message> polled = desk.conversations().postAll(List.of(
        MessagePost.incoming(parcel.id(), "My parcel arrived damaged."),
        MessagePost.incoming(parcel.id(), "Photos attached."),
        MessagePost.incoming(invoice.id(), "Thanks, the new invoice is fine.")));
    say("took in %d e-mails with postAll (#%d, #%d)", polled.size(), parcel.displayId(), invoice.displayId());

    clock.at("18:30");
    say("== 18:30 after hours, one more chat");
    Conversation late = chat(desk, chat, "Wes", "Is anybody there?");
    say("Wes got: %s", desk.conversations().customerView(late.id()).stream()
        .filter(m -> m.sender().isAutomation()).map(m -> '"' + m.content() + '"').toList());
    say("== end of the day");
    konversio.close();
  }

  /** Prints what each automation rule did, as the rules fire. */
  private void ruleFired(EvaluationResult result) {
    if (result.actions().isEmpty()) {
      return;
    }
    long display = Objects.requireNonNull(konversio, "konversio").desk(AccountId.of(result.event().accountId())).conversations()
        .get(ConversationId.of(result.event().conversationId())).displayId();
    for (ActionRecord action : result.actions()) {
      String name = action.action().action().name();
      say("  [rule] #%d '%s': %s%s%s", display, action.action().ruleName(), name,
          name.startsWith("send_") ? "" : " " + action.action().action().params(),
          action.outcome() == ActionRecord.Outcome.FAILED ? " FAILED: " + action.cause().orElseThrow() : "");
    }
  }

  private static String resource(String name) {
    try (InputStream in = Quickstart.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Agent agent(Desk desk, String name, String email, AgentRole role, Inbox... inboxes) {
    Agent agent = desk.agents().create(name, email, role);
    for (Inbox inbox : inboxes) {
      desk.agents().addToInbox(agent.id(), inbox.id());
    }
    return desk.agents().setAvailability(agent.id(), Availability.ONLINE);
  }

  private Conversation chat(Desk desk, Inbox inbox, String name, String text) {
    Contact contact = desk.contacts().create(NewContact.builder(name).build());
    return desk.conversations().create(NewConversation.builder(inbox.id(), contact.id()).message(text).build(),
        Actor.contact(contact.id()));
  }

  private static String name(Desk desk, Conversation c) {
    return c.assigneeId().map(a -> desk.agents().get(a).name()).orElse("nobody");
  }

  private void say(String format, Object... args) {
    out.println(String.format(format, args));
  }

  /** The demo's clock: it moves only when the story says so. */
  private static final class DayClock extends Clock {
    private Instant now;

    DayClock(Instant start) {
      this.now = start;
    }

    void at(String hhmm) {
      now = today(hhmm);
    }

    Instant today(String hhmm) {
      return now.atZone(ZoneOffset.UTC).toLocalDate().atTime(java.time.LocalTime.parse(hhmm))
          .toInstant(ZoneOffset.UTC);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

}
