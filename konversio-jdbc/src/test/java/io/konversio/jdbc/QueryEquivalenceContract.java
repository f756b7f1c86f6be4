package io.konversio.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.Page;
import io.konversio.core.account.Account;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
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
import io.konversio.core.search.ConversationCounts;
import io.konversio.core.search.ConversationQuery;
import io.konversio.core.search.SortOrder;
import io.konversio.core.spi.DataStore;
import io.konversio.core.spi.StoreTransaction;
import io.konversio.core.store.memory.InMemoryStore;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Loads the same random data into the in-memory store and a {@link JdbcStore}, then runs random queries on both:
 * the pages, totals and counts must be equal. The seed is in every failure message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QueryEquivalenceContract {
  private static final long SEED = 20260105L;
  private static final AccountId ACCOUNT = AccountId.of(1);
  private static final AccountId OTHER = AccountId.of(2);
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final String[] LABELS = {"billing", "vip", "bug", "refund", "spam"};
  private static final String[] WORDS = {"invoice", "Refund", "crash", "50%_off", "login", "Ünïcode", "password"};
  private static final ChannelType[] CHANNELS = {ChannelType.EMAIL, ChannelType.WEBSITE, ChannelType.WHATSAPP};

  private final InMemoryStore memory = InMemoryStore.create();
  private JdbcStore jdbc;

  protected abstract Backend backend();

  @BeforeAll
  void load() {
    jdbc = backend().newStore();
    Random random = new Random(SEED);
    List<Consumer<StoreTransaction>> writes = data(random);
    for (DataStore store : List.<DataStore>of(memory, jdbc)) {
      store.write(tx -> {
        writes.forEach(w -> w.accept(tx));
        return null;
      });
    }
  }

  @AfterAll
  void closeStore() {
    if (jdbc != null) {
      jdbc.close();
    }
  }

  private static List<Consumer<StoreTransaction>> data(Random random) {
    List<Consumer<StoreTransaction>> writes = new ArrayList<>();
    for (AccountId account : List.of(ACCOUNT, OTHER)) {
      writes.add(tx -> tx.accounts().insert(new Account(account, "Account " + account, T0)));
    }
    for (int i = 1; i <= 6; i++) {
      Inbox inbox = new Inbox(InboxId.of(i), i <= 4 ? ACCOUNT : OTHER, "Inbox " + i, CHANNELS[i % CHANNELS.length],
          InboxSettings.defaults(), T0);
      writes.add(tx -> tx.inboxes().insert(inbox));
    }
    for (int i = 1; i <= 20; i++) {
      String word = WORDS[random.nextInt(WORDS.length)];
      Contact contact = new Contact(ContactId.of(i), i <= 16 ? ACCOUNT : OTHER, "Contact " + word + " " + i,
          random.nextBoolean() ? Optional.of("c" + i + "@" + word.toLowerCase() + ".test") : Optional.empty(),
          random.nextBoolean() ? Optional.of("+1 555 " + (1000 + i)) : Optional.empty(), Map.of(), Map.of(), false,
          T0);
      writes.add(tx -> tx.contacts().insert(contact));
    }
    long messageId = 1;
    for (int i = 1; i <= 120; i++) {
      Conversation c = conversation(random, i);
      writes.add(tx -> tx.conversations().insert(c));
      int messages = random.nextInt(3);
      for (int m = 0; m < messages; m++) {
        Message message = new Message(MessageId.of(messageId++), c.accountId(), c.id(), MessageType.INCOMING,
            random.nextBoolean(), Actor.contact(c.contactId()),
            "About " + WORDS[random.nextInt(WORDS.length)] + " number " + random.nextInt(1000), Map.of(),
            c.createdAt().plusSeconds(m));
        writes.add(tx -> tx.messages().insert(message));
      }
    }
    return writes;
  }

  private static Conversation conversation(Random random, int i) {
    AccountId account = i % 10 == 0 ? OTHER : ACCOUNT;
    Set<String> labels = new HashSet<>();
    for (String label : LABELS) {
      if (random.nextInt(4) == 0) {
        labels.add(label);
      }
    }
    Map<String, Object> custom = new HashMap<>();
    if (random.nextBoolean()) {
      custom.put("order_total", BigDecimal.valueOf(random.nextInt(10000), 2));
    }
    if (random.nextBoolean()) {
      custom.put("due", LocalDate.of(2026, 1, 1).plusDays(random.nextInt(90)));
    }
    if (random.nextInt(3) == 0) {
      custom.put("vip", random.nextBoolean());
    }
    if (random.nextInt(3) == 0) {
      custom.put("plan", random.nextBoolean() ? "Gold" : "silver");
    }
    Instant created = T0.plus(Duration.ofMinutes(random.nextInt(5000)));
    ConversationStatus status = ConversationStatus.values()[random.nextInt(4)];
    return new Conversation(ConversationId.of(i), account, i, InboxId.of(account == ACCOUNT ? 1 + random.nextInt(4)
        : 5 + random.nextInt(2)), ContactId.of(account == ACCOUNT ? 1 + random.nextInt(16) : 17 + random.nextInt(4)),
        status, Priority.values()[random.nextInt(5)],
        random.nextInt(3) == 0 ? Optional.empty() : Optional.of(AgentId.of(1 + random.nextInt(4))),
        random.nextBoolean() ? Optional.empty() : Optional.of(TeamId.of(1 + random.nextInt(3))), labels, custom,
        Map.of(), Set.of(), status == ConversationStatus.SNOOZED ? Optional.of(created.plusSeconds(7200))
            : Optional.empty(), created, created.plus(Duration.ofMinutes(random.nextInt(600))), Optional.empty(),
        random.nextBoolean() ? Optional.of(created.plusSeconds(random.nextInt(100) * 60L)) : Optional.empty(), 0);
  }

  private static ConversationQuery randomQuery(Random random) {
    ConversationQuery.Builder b = ConversationQuery.builder();
    if (random.nextInt(5) == 0) {
      b.statuses(ConversationStatus.values()[random.nextInt(4)]);
    }
    switch (random.nextInt(10)) {
      case 0 -> b.assignee(AssigneeFilter.mine());
      case 1 -> b.assignee(AssigneeFilter.unassigned());
      case 2 -> b.assignee(AssigneeFilter.assigned());
      case 3 -> b.assignee(AssigneeFilter.agent(AgentId.of(1 + random.nextInt(4))));
      default -> b.assignee(AssigneeFilter.any());
    }
    if (random.nextInt(6) == 0) {
      b.teams(TeamId.of(1 + random.nextInt(3)));
    }
    if (random.nextInt(5) == 0) {
      b.labelsAny(LABELS[random.nextInt(LABELS.length)], LABELS[random.nextInt(LABELS.length)]);
    }
    if (random.nextInt(6) == 0) {
      b.labelsAll(LABELS[random.nextInt(LABELS.length)]);
    }
    if (random.nextInt(6) == 0) {
      b.labelsNone(LABELS[random.nextInt(LABELS.length)]);
    }
    if (random.nextInt(6) == 0) {
      b.inboxes(InboxId.of(1 + random.nextInt(6)));
    }
    if (random.nextInt(6) == 0) {
      b.channelTypes(CHANNELS[random.nextInt(CHANNELS.length)]);
    }
    if (random.nextInt(6) == 0) {
      b.priorities(Priority.values()[random.nextInt(5)], Priority.values()[random.nextInt(5)]);
    }
    if (random.nextInt(4) == 0) {
      Instant from = T0.plus(Duration.ofMinutes(random.nextInt(3000)));
      b.createdBetween(random.nextBoolean() ? from : null, from.plus(Duration.ofMinutes(1 + random.nextInt(3000))));
    }
    if (random.nextInt(5) == 0) {
      b.lastActivityBetween(T0.plus(Duration.ofMinutes(random.nextInt(3000))), null);
    }
    if (random.nextInt(4) == 0) {
      b.attribute(randomCondition(random));
    }
    if (random.nextInt(4) == 0) {
      String word = WORDS[random.nextInt(WORDS.length)];
      int start = random.nextInt(word.length() - 2);
      b.text(random.nextBoolean() ? word.substring(start, start + 3).toUpperCase() : word);
    }
    b.sort(SortOrder.values()[random.nextInt(SortOrder.values().length)]);
    b.page(random.nextInt(4) == 0 ? 1 : 0, 1 + random.nextInt(30));
    return b.build();
  }

  private static AttributeCondition randomCondition(Random random) {
    return switch (random.nextInt(7)) {
      case 0 -> AttributeCondition.of("order_total", AttributeCondition.Operator.GREATER,
          String.valueOf(random.nextInt(100)));
      case 1 -> AttributeCondition.of("due", AttributeCondition.Operator.LESS, LocalDate.of(2026, 2, 1));
      case 2 -> AttributeCondition.of("vip", AttributeCondition.Operator.EQUAL, random.nextBoolean());
      case 3 -> AttributeCondition.of("plan", AttributeCondition.Operator.CONTAINS, "OLD");
      case 4 -> AttributeCondition.present("plan");
      case 5 -> AttributeCondition.notPresent("order_total");
      default -> AttributeCondition.of("plan", AttributeCondition.Operator.NOT_EQUAL, "gold");
    };
  }

  @Test
  void randomQueriesGiveTheSamePagesAndCountsAsTheInMemoryStore() {
    Random random = new Random(SEED + 1);
    int nonEmpty = 0;
    for (int i = 0; i < 300; i++) {
      ConversationQuery query = randomQuery(random);
      Optional<AgentId> viewer = random.nextBoolean() ? Optional.of(AgentId.of(1 + random.nextInt(4)))
          : Optional.empty();
      AccountId account = random.nextInt(5) == 0 ? OTHER : ACCOUNT;
      Page<Conversation> expected = memory.read(tx -> tx.conversations().query(account, query, viewer));
      Page<Conversation> actual = jdbc.read(tx -> tx.conversations().query(account, query, viewer));
      String description = "seed " + SEED + ", query " + i + ": " + query + " viewer " + viewer;
      assertThat(actual).as(description).isEqualTo(expected);
      ConversationCounts expectedCounts = memory.read(tx -> tx.conversations().count(account, query, viewer));
      ConversationCounts actualCounts = jdbc.read(tx -> tx.conversations().count(account, query, viewer));
      assertThat(actualCounts).as(description).isEqualTo(expectedCounts);
      nonEmpty += expected.items().isEmpty() ? 0 : 1;
    }
    assertThat(nonEmpty).as("queries with results").isGreaterThan(100);
  }

  @Test
  void openCountsByAssigneeAreTheSame() {
    for (int inbox = 1; inbox <= 6; inbox++) {
      InboxId id = InboxId.of(inbox);
      Map<AgentId, Long> expected = memory.read(tx -> tx.conversations().openCountsByAssignee(ACCOUNT, id));
      Map<AgentId, Long> actual = jdbc.read(tx -> tx.conversations().openCountsByAssignee(ACCOUNT, id));
      assertThat(actual).isEqualTo(expected);
    }
  }
}
