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
import io.konversio.core.search.AssigneeFilter;
import io.konversio.core.search.AttributeCondition;
import io.konversio.core.search.AttributeCondition.Operator;
import io.konversio.core.search.ConversationQuery;
import io.konversio.core.search.SortOrder;
import io.konversio.core.spi.StoreTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One account of seeded random conversations, and seeded random queries over them, for comparing a store's query
 * results with the in-memory store's. The records are written to the store under test first (taking its ids) and
 * then replayed, ids included, into the reference. Values are drawn from small pools so that filters, ties and
 * text matches are frequent. Not thread-safe.
 */
final class RandomDesk {
  private static final List<String> LABELS = List.of("billing", "vip", "sales", "spam", "rückerstattung");
  private static final List<String> PLANS = List.of("Gold", "gold plus", "Silver", "ünïcödé", "GOLD");
  private static final List<BigDecimal> SEATS = List.of(new BigDecimal("1"), new BigDecimal("3"),
      new BigDecimal("12.50"), new BigDecimal("100"));
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 6, 1),
      LocalDate.of(2026, 12, 31));
  private static final List<String> PHRASES = List.of("Meine Rechnung ist FALSCH", "Refund 100% approved",
      "Order #A_17 missing", "Ticket AB17 reopened 👋", "Straße gesperrt", "Grüße aus Köln", "ÄRGER mit der App",
      "señor Núñez llamó", "请回电话", "plain text");
  private static final List<String> NEEDLES = List.of("rechnung", "FALSCH", "100%", "10%", "%", "_", "a_17",
      "ab17", "straße", "ä", "KÖLN", "ñ", "núñez", "回电", "zoë", "ÅNGSTRÖM", "example", ".CN", "+49", "555",
      "nothing like it", "e");
  private static final String[][] CONTACTS = {
      {"Zoë Ångström", "zoe@example.com", "+49 30 1234567"}, {"Max Mustermann", null, "+1 555 0100"},
      {"李小龙", "li@example.cn", null}, {"José Núñez", "jose@example.es", "+34 91 555 12 34"}, {"", null, null}};

  private final Random random;
  private final Instant t0;
  private final List<Consumer<StoreTransaction>> inserts = new ArrayList<>();
  private final List<Inbox> inboxes = new ArrayList<>();
  private final List<Agent> agents = new ArrayList<>();
  private final List<Team> teams = new ArrayList<>();
  private final List<Contact> contacts = new ArrayList<>();
  private AccountId account;

  RandomDesk(long seed, Instant t0) {
    this.random = new Random(seed);
    this.t0 = t0;
  }

  AccountId account() {
    return account;
  }

  /** Creates the account and its records in {@code tx}, the store under test's transaction. */
  void create(StoreTransaction tx, int conversationCount) {
    Account a = new Account(AccountId.of(tx.nextId("account")), "Initech « random »", t0);
    account = a.id();
    insert(tx, t -> t.accounts().insert(a));
    for (ChannelType channel : List.of(ChannelType.EMAIL, ChannelType.WEBSITE, ChannelType.SMS)) {
      Inbox inbox = new Inbox(InboxId.of(tx.nextId("inbox")), account, channel.code(), channel,
          InboxSettings.defaults(), t0);
      inboxes.add(inbox);
      insert(tx, t -> t.inboxes().insert(inbox));
    }
    for (String name : List.of("Alice", "Bob", "Carol")) {
      Agent agent = new Agent(AgentId.of(tx.nextId("agent")), account, name, name + "@initech.example",
          AgentRole.AGENT, Availability.ONLINE, Set.of());
      agents.add(agent);
      insert(tx, t -> t.agents().insert(agent));
    }
    for (String name : List.of("Billing", "Sales")) {
      Team team = new Team(TeamId.of(tx.nextId("team")), account, name, "", Set.of());
      teams.add(team);
      insert(tx, t -> t.teams().insert(team));
    }
    for (String[] c : CONTACTS) {
      Contact contact = new Contact(ContactId.of(tx.nextId("contact")), account, c[0], Optional.ofNullable(c[1]),
          Optional.ofNullable(c[2]), Map.of(), Map.of(), false, t0);
      contacts.add(contact);
      insert(tx, t -> t.contacts().insert(contact));
    }
    for (int i = 0; i < conversationCount; i++) {
      Conversation c = conversation(tx);
      insert(tx, t -> t.conversations().insert(c));
      for (int m = random.nextInt(4); m > 0; m--) {
        Message message = new Message(MessageId.of(tx.nextId("message")), account, c.id(), MessageType.INCOMING,
            random.nextBoolean(), Actor.system(), pick(PHRASES), Map.of(), minutes(random.nextInt(60)));
        insert(tx, t -> t.messages().insert(message));
      }
    }
  }

  /** Writes the same records, with the same ids, in {@code tx}, the reference store's transaction. */
  void replay(StoreTransaction tx) {
    inserts.forEach(insert -> insert.accept(tx));
  }

  private void insert(StoreTransaction tx, Consumer<StoreTransaction> insert) {
    insert.accept(tx);
    inserts.add(insert);
  }

  private Conversation conversation(StoreTransaction tx) {
    Map<String, Object> attributes = new HashMap<>();
    maybe(() -> attributes.put("plan", pick(PLANS)));
    maybe(() -> attributes.put("seats", pick(SEATS)));
    maybe(() -> attributes.put("renewal", pick(DATES)));
    maybe(() -> attributes.put("vip", random.nextBoolean()));
    Instant created = minutes(random.nextInt(20));
    return new Conversation(ConversationId.of(tx.nextId("conversation")), account,
        tx.conversations().nextDisplayId(account), pick(inboxes).id(), pick(contacts).id(),
        pick(List.of(ConversationStatus.values())), pick(List.of(Priority.values())),
        random.nextInt(4) == 0 ? Optional.empty() : Optional.of(pick(agents).id()),
        random.nextBoolean() ? Optional.empty() : Optional.of(pick(teams).id()), Set.copyOf(subset(LABELS)), attributes,
        Map.of(), Set.of(), Optional.empty(), created, created.plus(Duration.ofMinutes(random.nextInt(20))),
        Optional.empty(), random.nextBoolean() ? Optional.empty() : Optional.of(minutes(random.nextInt(10))), 1);
  }

  /** A random query over this account, with up to a few filters, a sort order and a small page. */
  ConversationQuery query() {
    ConversationQuery.Builder q = ConversationQuery.builder();
    rarely(() -> q.statuses(subset(List.of(ConversationStatus.values()))));
    rarely(() -> q.assignee(pick(List.of(AssigneeFilter.any(), AssigneeFilter.mine(), AssigneeFilter.unassigned(),
        AssigneeFilter.assigned(), AssigneeFilter.agent(pick(agents).id())))));
    rarely(() -> q.teams(pick(teams).id()));
    rarely(() -> q.labelsAny(subset(LABELS).toArray(String[]::new)));
    rarely(() -> q.labelsAll(subset(LABELS).toArray(String[]::new)));
    rarely(() -> q.labelsNone(subset(LABELS).toArray(String[]::new)));
    rarely(() -> q.inboxes(pick(inboxes).id()));
    rarely(() -> q.channelTypes(pick(List.of(ChannelType.EMAIL, ChannelType.WEBSITE, ChannelType.API))));
    rarely(() -> q.priorities(subset(List.of(Priority.values())).toArray(Priority[]::new)));
    rarely(() -> q.createdBetween(minutes(random.nextInt(10)),
        random.nextBoolean() ? null : minutes(10 + random.nextInt(10))));
    rarely(() -> q.lastActivityBetween(random.nextBoolean() ? null : minutes(random.nextInt(20)),
        minutes(20 + random.nextInt(20))));
    rarely(() -> q.attribute(condition()));
    rarely(() -> q.text(pick(NEEDLES)));
    q.sort(pick(List.of(SortOrder.values())));
    q.page(random.nextInt(4) == 0 ? random.nextInt(3) : 0, 1 + random.nextInt(8));
    return q.build();
  }

  /** A random viewer: one of the agents, or none. */
  Optional<AgentId> viewer() {
    return random.nextInt(4) == 0 ? Optional.empty() : Optional.of(pick(agents).id());
  }

  private AttributeCondition condition() {
    String key = pick(List.of("plan", "seats", "renewal", "vip"));
    Operator operator = pick(List.of(Operator.values()));
    if (operator == Operator.PRESENT || operator == Operator.NOT_PRESENT) {
      return new AttributeCondition(key, operator, Optional.empty());
    }
    if (operator == Operator.CONTAINS) {
      return AttributeCondition.of("plan", operator, pick(List.of("GOLD", "ï", "plus", "%")));
    }
    Object value = switch (key) {
      case "plan" -> pick(List.of("gold", "GOLD PLUS", "silver", "h"));
      case "seats" -> pick(List.<Object>of("12.5", 3, new BigDecimal("100.0"), "many"));
      case "renewal" -> pick(List.<Object>of("2026-06-01", LocalDate.of(2026, 1, 15), "soon"));
      default -> pick(List.<Object>of(true, "FALSE", "yes"));
    };
    return AttributeCondition.of(key, operator, value);
  }

  private Instant minutes(long m) {
    return t0.plus(Duration.ofMinutes(m));
  }

  private void maybe(Runnable action) {
    if (random.nextInt(3) == 0) {
      action.run();
    }
  }

  private void rarely(Runnable action) {
    if (random.nextInt(5) == 0) {
      action.run();
    }
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <T> List<T> subset(List<T> values) {
    Set<T> chosen = new HashSet<>();
    for (T value : values) {
      if (random.nextInt(3) == 0) {
        chosen.add(value);
      }
    }
    return values.stream().filter(chosen::contains).toList();
  }
}
