package io.konversio.core.spi.contract;

import io.konversio.core.Actor;
import io.konversio.core.account.Account;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.agent.Team;
import io.konversio.core.agent.TeamId;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.ContactId;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessageId;
import io.konversio.core.conversation.MessageType;
import io.konversio.core.conversation.Priority;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.inbox.InboxSettings;
import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.StoreTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the store contract tests: a fresh store per test, transaction shortcuts, and fixture records with
 * realistic values (Unicode, long text, empty optional fields, custom attributes of every stored type). Fixtures
 * take their ids from {@link StoreTransaction#nextId} with Konversio's sequence names, and their instants have
 * microsecond precision, the finest that PostgreSQL keeps. Not thread-safe: JUnit makes one instance per test.
 */
public abstract class StoreContractSupport {

  /** A fixed instant with microsecond precision; fixture times are {@link #minutes(long) minutes} after it. */
  protected static final Instant T0 = Instant.parse("2026-03-02T09:15:30.123456Z");

  /** Custom attribute values of every stored type: text, link and list (as text), number, date, checkbox. */
  protected static final Map<String, Object> EVERY_ATTRIBUTE_TYPE = Map.of(
      "plan", "Gold ✨ Plus — Ünïcödé",
      "website", "https://example.com/straße?q=ä&x=1",
      "tier", "enterprise",
      "seats", new BigDecimal("12.50"),
      "balance", new BigDecimal("-1234567.8901"),
      "renewal", LocalDate.of(2026, 12, 31),
      "vip", Boolean.TRUE,
      "churned", Boolean.FALSE);

  /** A message long enough to outgrow a {@code VARCHAR(4000)}, with text of several scripts. */
  protected static final String LONG_TEXT = "Grüße aus Köln! 你好，世界。 Привет 👋 — line\n".repeat(500);

  /** The store under test, fresh for each test. */
  protected DataStore store;

  /** A new, empty store; called before each test. */
  protected abstract DataStore newStore();

  @BeforeEach
  protected final void openStore() {
    store = newStore();
  }

  // ---- transactions

  /** Runs {@code work} in a read transaction. */
  protected final <T> T read(Function<StoreTransaction, T> work) {
    return store.read(work);
  }

  /** Runs {@code work} in a write transaction and returns its value. */
  protected final <T> T write(Function<StoreTransaction, T> work) {
    return store.write(work);
  }

  /** Runs {@code work} in a write transaction. */
  protected final void useWrite(Consumer<StoreTransaction> work) {
    store.write(tx -> {
      work.accept(tx);
      return null;
    });
  }

  // ---- values

  /** {@link #T0} plus {@code m} minutes. */
  protected static Instant minutes(long m) {
    return T0.plus(Duration.ofMinutes(m));
  }

  protected static Set<InboxId> inboxIds(Inbox... inboxes) {
    return Arrays.stream(inboxes).map(Inbox::id).collect(Collectors.toSet());
  }

  // ---- records, not stored

  protected static Account account(StoreTransaction tx, String name) {
    return new Account(AccountId.of(tx.nextId("account")), name, T0);
  }

  protected static Inbox inbox(StoreTransaction tx, AccountId account, String name, ChannelType channel) {
    return new Inbox(InboxId.of(tx.nextId("inbox")), account, name, channel, InboxSettings.defaults(), T0);
  }

  protected static Agent agent(StoreTransaction tx, AccountId account, String name, Set<InboxId> inboxes) {
    String email = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + "@acme.example";
    return new Agent(AgentId.of(tx.nextId("agent")), account, name, email, AgentRole.AGENT, Availability.ONLINE,
        inboxes);
  }

  protected static Team team(StoreTransaction tx, AccountId account, String name, Set<AgentId> members) {
    return new Team(TeamId.of(tx.nextId("team")), account, name, "", members);
  }

  protected static Contact contact(StoreTransaction tx, AccountId account, String name, @Nullable String email,
      @Nullable String phone) {
    return new Contact(ContactId.of(tx.nextId("contact")), account, name, Optional.ofNullable(email),
        Optional.ofNullable(phone), Map.of(), Map.of(), false, T0);
  }

  /**
   * A fresh open conversation of the inbox and contact, with the next id and display id, created and last active
   * at {@link #T0}, waiting since then, unassigned, version 1.
   */
  protected static Conversation conversation(StoreTransaction tx, Inbox inbox, Contact contact) {
    return new Conversation(ConversationId.of(tx.nextId("conversation")), inbox.accountId(),
        tx.conversations().nextDisplayId(inbox.accountId()), inbox.id(), contact.id(), ConversationStatus.OPEN,
        Priority.NONE, Optional.empty(), Optional.empty(), Set.of(), Map.of(), Map.of(), Set.of(), Optional.empty(),
        T0, T0, Optional.empty(), Optional.of(T0), 1);
  }

  protected static Message message(StoreTransaction tx, Conversation conversation, MessageType type, Actor sender,
      String content, Instant at) {
    return new Message(MessageId.of(tx.nextId("message")), conversation.accountId(), conversation.id(), type,
        false, sender, content, Map.of(), at);
  }

  // ---- records, stored in their own transaction

  protected final Account newAccount(String name) {
    return write(tx -> {
      Account a = account(tx, name);
      tx.accounts().insert(a);
      return a;
    });
  }

  protected final Inbox newInbox(AccountId account, String name, ChannelType channel) {
    return write(tx -> {
      Inbox i = inbox(tx, account, name, channel);
      tx.inboxes().insert(i);
      return i;
    });
  }

  protected final Agent newAgent(AccountId account, String name, Inbox... inboxes) {
    return write(tx -> {
      Agent a = agent(tx, account, name, inboxIds(inboxes));
      tx.agents().insert(a);
      return a;
    });
  }

  protected final Team newTeam(AccountId account, String name, Agent... members) {
    Set<AgentId> ids = Arrays.stream(members).map(Agent::id).collect(Collectors.toSet());
    return write(tx -> {
      Team t = team(tx, account, name, ids);
      tx.teams().insert(t);
      return t;
    });
  }

  protected final Contact newContact(AccountId account, String name, @Nullable String email, @Nullable String phone) {
    return write(tx -> {
      Contact c = contact(tx, account, name, email, phone);
      tx.contacts().insert(c);
      return c;
    });
  }

  /** Stores a {@link #conversation fresh conversation} changed by {@code change}. */
  protected final Conversation newConversation(Inbox inbox, Contact contact,
      UnaryOperator<Conversation.Builder> change) {
    return write(tx -> {
      Conversation c = change.apply(conversation(tx, inbox, contact).toBuilder()).build();
      tx.conversations().insert(c);
      return c;
    });
  }

  protected final Conversation newConversation(Inbox inbox, Contact contact) {
    return newConversation(inbox, contact, b -> b);
  }

  /** Stores an incoming message from the conversation's contact. */
  protected final Message newMessage(Conversation conversation, String content, Instant at) {
    return write(tx -> {
      Message m = message(tx, conversation, MessageType.INCOMING, Actor.contact(conversation.contactId()), content,
          at);
      tx.messages().insert(m);
      return m;
    });
  }

  /** The stored conversation, which must exist. */
  protected final Conversation stored(Conversation conversation) {
    return read(tx -> tx.conversations().find(conversation.accountId(), conversation.id())).orElseThrow();
  }

  /**
   * {@code c} with every optional field set: assignee, team, labels, custom attributes of every type, additional
   * attributes, participants, snooze, first reply and waiting times; snoozed, urgent, at version 7.
   */
  protected static Conversation enriched(Conversation c, Agent assignee, Team team) {
    return c.toBuilder()
        .status(ConversationStatus.SNOOZED)
        .priority(Priority.URGENT)
        .assigneeId(Optional.of(assignee.id()))
        .teamId(Optional.of(team.id()))
        .labels(Set.of("billing", "vip", "rückerstattung", "100% dringend", "标签"))
        .customAttributes(EVERY_ATTRIBUTE_TYPE)
        .additionalAttributes(Map.of("browser_language", "de-DE", "referer", "https://example.com/hilfe?q=ä",
            "mail_subject", "Re: Ihre Rechnung Nr. 2026/03 — „dringend“"))
        .participants(Set.of(assignee.id()))
        .snoozedUntil(Optional.of(minutes(24 * 60)))
        .lastActivityAt(minutes(42))
        .firstReplyAt(Optional.of(minutes(12)))
        .waitingSince(Optional.of(minutes(40)))
        .version(7)
        .build();
  }

  /**
   * A small world of one account, for the contracts that need a conversation to hang records on: an email inbox,
   * an agent, a team of that agent, a contact and one open conversation.
   */
  protected final World newWorld(String accountName) {
    Account account = newAccount(accountName);
    Inbox inbox = newInbox(account.id(), "Support ✉", ChannelType.EMAIL);
    Agent agent = newAgent(account.id(), "Zoë Ångström", inbox);
    Team team = newTeam(account.id(), "Billing", agent);
    Contact contact = newContact(account.id(), "Jürgen Müller", "juergen@example.de", "+49 30 1234567");
    Conversation conversation = newConversation(inbox, contact);
    return new World(account, inbox, agent, team, contact, conversation);
  }

  /** The records of {@link #newWorld}. */
  protected record World(Account account, Inbox inbox, Agent agent, Team team, Contact contact,
      Conversation conversation) {
    public AccountId accountId() {
      return account.id();
    }
  }
}
