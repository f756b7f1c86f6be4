package io.konversio.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.Page;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.Team;
import io.konversio.core.contact.Contact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessageId;
import io.konversio.core.conversation.MessageType;
import io.konversio.core.conversation.Priority;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.search.AssigneeFilter;
import io.konversio.core.search.AttributeCondition;
import io.konversio.core.search.AttributeCondition.Operator;
import io.konversio.core.search.ConversationCounts;
import io.konversio.core.search.ConversationQuery;
import io.konversio.core.search.SortOrder;
import io.konversio.core.spi.DataStore;
import io.konversio.core.store.memory.InMemoryStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.konversio.core.spi.ConversationStore#query} and
 * {@link io.konversio.core.spi.ConversationStore#count}: every filter of a {@link ConversationQuery}, text search,
 * every sort order with its tie-break, paging and the tab counts. Subclass it with {@link #newStore()} returning a
 * fresh store of the implementation under test. Not thread-safe.
 *
 * <p>Each test queries the same six conversations of account Acme (times in minutes after {@link #T0}), next to a
 * conversation of account Globex that matches most filters and must never show up:
 * <pre>
 *    inbox contact status   assignee team    labels      priority created last waiting custom attributes
 * c1 email zoe     open     alice    billing billing,vip high     1       30   10      plan=Gold seats=12.50
 *                                                                                     renewal=2026-12-31 vip=true
 * c2 email max     open     -        -       billing     none     2       50   5       plan=Silver seats=3
 * c3 web   li      pending  bob      sales   sales       urgent   3       40   -       renewal=2026-01-15 vip=false
 * c4 web   zoe     resolved alice    -       -           low      4       50   -       -
 * c5 email max     snoozed  bob      billing vip         medium   5       10   1       plan="gold plus"
 * c6 web   li      open     alice    sales   sales,vip   high     5       60   20      -
 * </pre>
 * Contacts: zoe is "Zoë Ångström", zoe@example.com, +49 30 1234567; max is "Max Mustermann", no email,
 * +1 555 0100; li is "李小龙", li@example.cn, no phone. Messages: c1 "Meine Rechnung ist FALSCH — bitte prüfen" and
 * "Die Rechnung nochmal", c2 the private note "Refund 100% approved", c3 "Order #A_17 missing", c4 a long text
 * with "Grüße aus Köln", c5 "Straße gesperrt", c6 "Ticket AB17 reopened 👋".
 */
public abstract class ConversationQueryContract extends StoreContractSupport {
  private final Map<ConversationId, String> names = new HashMap<>();
  private AccountId acme;
  private AccountId globex;
  private Agent alice;
  private Agent bob;
  private Team billing;
  private Team sales;
  private Inbox web;

  @BeforeEach
  protected final void createConversations() {
    acme = newAccount("Acme").id();
    Inbox email = newInbox(acme, "Support ✉", ChannelType.EMAIL);
    web = newInbox(acme, "Website-Chat", ChannelType.WEBSITE);
    alice = newAgent(acme, "Alice", email, web);
    bob = newAgent(acme, "Bob", email, web);
    billing = newTeam(acme, "Billing", alice);
    sales = newTeam(acme, "Sales", bob);
    Contact zoe = newContact(acme, "Zoë Ångström", "zoe@example.com", "+49 30 1234567");
    Contact max = newContact(acme, "Max Mustermann", null, "+1 555 0100");
    Contact li = newContact(acme, "李小龙", "li@example.cn", null);

    Conversation c1 = add("c1", email, zoe, ConversationStatus.OPEN, alice, billing, Set.of("billing", "vip"),
        Priority.HIGH, 1, 30, 10L, Map.of("plan", "Gold", "seats", new BigDecimal("12.50"),
            "renewal", LocalDate.of(2026, 12, 31), "vip", true));
    Conversation c2 = add("c2", email, max, ConversationStatus.OPEN, null, null, Set.of("billing"), Priority.NONE,
        2, 50, 5L, Map.of("plan", "Silver", "seats", new BigDecimal("3")));
    Conversation c3 = add("c3", web, li, ConversationStatus.PENDING, bob, sales, Set.of("sales"), Priority.URGENT,
        3, 40, null, Map.of("renewal", LocalDate.of(2026, 1, 15), "vip", false));
    Conversation c4 = add("c4", web, zoe, ConversationStatus.RESOLVED, alice, null, Set.of(), Priority.LOW,
        4, 50, null, Map.of());
    Conversation c5 = add("c5", email, max, ConversationStatus.SNOOZED, bob, billing, Set.of("vip"),
        Priority.MEDIUM, 5, 10, 1L, Map.of("plan", "gold plus"));
    Conversation c6 = add("c6", web, li, ConversationStatus.OPEN, alice, sales, Set.of("sales", "vip"),
        Priority.HIGH, 5, 60, 20L, Map.of());
    newMessage(c1, "Meine Rechnung ist FALSCH — bitte prüfen", minutes(30));
    newMessage(c1, "Die Rechnung nochmal", minutes(31));
    useWrite(tx -> tx.messages().insert(new Message(
        MessageId.of(tx.nextId("message")), acme, c2.id(), MessageType.OUTGOING,
        true, Actor.agent(alice.id()), "Refund 100% approved", Map.of(), minutes(50))));
    newMessage(c3, "Order #A_17 missing", minutes(40));
    newMessage(c4, LONG_TEXT, minutes(50));
    newMessage(c5, "Straße gesperrt", minutes(10));
    newMessage(c6, "Ticket AB17 reopened 👋", minutes(60));

    globex = newAccount("Globex").id();
    Inbox globexEmail = newInbox(globex, "Support ✉", ChannelType.EMAIL);
    Contact globexZoe = newContact(globex, "Zoë Ångström", "zoe@example.com", "+49 30 1234567");
    Conversation other = newConversation(globexEmail, globexZoe, b -> b.labels(Set.of("billing", "vip", "sales"))
        .priority(Priority.HIGH).customAttributes(c1.customAttributes()).createdAt(minutes(3))
        .lastActivityAt(minutes(45)).waitingSince(Optional.of(minutes(3))));
    newMessage(other, "Meine Rechnung ist falsch. Refund 100%? Order #A_17, Straße, Köln", minutes(45));
    names.put(other.id(), "globex");
  }

  private Conversation add(String name, Inbox inbox, Contact contact, ConversationStatus status,
      @Nullable Agent assignee, @Nullable Team team, Set<String> labels, Priority priority, long created,
      long lastActivity, @Nullable Long waiting, Map<String, Object> attributes) {
    Conversation c = newConversation(inbox, contact, b -> b.status(status)
        .assigneeId(Optional.ofNullable(assignee).map(Agent::id))
        .teamId(Optional.ofNullable(team).map(Team::id))
        .labels(labels).priority(priority).customAttributes(attributes)
        .createdAt(minutes(created)).lastActivityAt(minutes(lastActivity))
        .waitingSince(Optional.ofNullable(waiting).map(StoreContractSupport::minutes)));
    names.put(c.id(), name);
    return c;
  }

  private static ConversationQuery.Builder q() {
    return ConversationQuery.builder().page(0, 100);
  }

  private Page<Conversation> query(AccountId account, ConversationQuery query, @Nullable Agent viewer) {
    return read(tx -> tx.conversations().query(account, query, Optional.ofNullable(viewer).map(Agent::id)));
  }

  /** The names of Acme's matches in order, seen by {@code viewer}. */
  private List<String> found(ConversationQuery.Builder query, @Nullable Agent viewer) {
    return query(acme, query.build(), viewer).items().stream().map(c -> names.get(c.id())).toList();
  }

  private List<String> found(ConversationQuery.Builder query) {
    return found(query, null);
  }

  private List<String> withAttribute(String key, Operator operator, Object value) {
    return found(q().attribute(AttributeCondition.of(key, operator, value)));
  }

  private ConversationCounts count(AccountId account, ConversationQuery.Builder query, @Nullable Agent viewer) {
    return read(tx -> tx.conversations().count(account, query.build(), Optional.ofNullable(viewer).map(Agent::id)));
  }

  // ---- filters

  @Test
  void noFilterMatchesEveryConversationOfTheAccount() {
    assertThat(found(q())).containsExactlyInAnyOrder("c1", "c2", "c3", "c4", "c5", "c6");
    assertThat(query(globex, q().build(), null).items()).extracting(c -> names.get(c.id())).containsExactly("globex");
  }

  @Test
  void statusFilterKeepsTheGivenStatuses() {
    assertThat(found(q().statuses(ConversationStatus.OPEN))).containsExactlyInAnyOrder("c1", "c2", "c6");
    assertThat(found(q().statuses(ConversationStatus.OPEN, ConversationStatus.PENDING)))
        .containsExactlyInAnyOrder("c1", "c2", "c3", "c6");
    assertThat(found(q().statuses(ConversationStatus.RESOLVED))).containsExactly("c4");
    assertThat(found(q().statuses(ConversationStatus.SNOOZED))).containsExactly("c5");
  }

  @Test
  void assigneeFilterOfEveryKind() {
    assertThat(found(q().assignee(AssigneeFilter.any()))).hasSize(6);
    assertThat(found(q().assignee(AssigneeFilter.unassigned()))).containsExactly("c2");
    assertThat(found(q().assignee(AssigneeFilter.assigned())))
        .containsExactlyInAnyOrder("c1", "c3", "c4", "c5", "c6");
    assertThat(found(q().assignee(AssigneeFilter.agent(bob.id())))).containsExactlyInAnyOrder("c3", "c5");
  }

  @Test
  void mineMeansTheViewersOwnAndNothingWithoutAViewer() {
    assertThat(found(q().assignee(AssigneeFilter.mine()), alice)).containsExactlyInAnyOrder("c1", "c4", "c6");
    assertThat(found(q().assignee(AssigneeFilter.mine()), bob)).containsExactlyInAnyOrder("c3", "c5");
    assertThat(found(q().assignee(AssigneeFilter.mine()))).isEmpty();
  }

  @Test
  void teamFilterKeepsConversationsOfAnyGivenTeam() {
    assertThat(found(q().teams(billing.id()))).containsExactlyInAnyOrder("c1", "c5");
    assertThat(found(q().teams(billing.id(), sales.id()))).containsExactlyInAnyOrder("c1", "c3", "c5", "c6");
  }

  @Test
  void labelsAnyKeepsConversationsWithAtLeastOne() {
    assertThat(found(q().labelsAny("vip", "sales"))).containsExactlyInAnyOrder("c1", "c3", "c5", "c6");
    assertThat(found(q().labelsAny("VIP"))).containsExactlyInAnyOrder("c1", "c5", "c6");
  }

  @Test
  void labelsAllKeepsConversationsWithEveryOne() {
    assertThat(found(q().labelsAll("billing", "vip"))).containsExactly("c1");
    assertThat(found(q().labelsAll("vip"))).containsExactlyInAnyOrder("c1", "c5", "c6");
    assertThat(found(q().labelsAll("billing", "sales"))).isEmpty();
  }

  @Test
  void labelsNoneKeepsConversationsWithoutAny() {
    assertThat(found(q().labelsNone("vip"))).containsExactlyInAnyOrder("c2", "c3", "c4");
    assertThat(found(q().labelsNone("billing", "sales"))).containsExactlyInAnyOrder("c4", "c5");
  }

  @Test
  void inboxFilterKeepsTheGivenInboxes() {
    assertThat(found(q().inboxes(web.id()))).containsExactlyInAnyOrder("c3", "c4", "c6");
  }

  @Test
  void channelTypeFilterLooksAtTheInboxesChannel() {
    assertThat(found(q().channelTypes(ChannelType.EMAIL))).containsExactlyInAnyOrder("c1", "c2", "c5");
    assertThat(found(q().channelTypes(ChannelType.WEBSITE, ChannelType.SMS)))
        .containsExactlyInAnyOrder("c3", "c4", "c6");
    assertThat(found(q().channelTypes(ChannelType.SMS))).isEmpty();
  }

  @Test
  void priorityFilterKeepsTheGivenPriorities() {
    assertThat(found(q().priorities(Priority.HIGH, Priority.URGENT))).containsExactlyInAnyOrder("c1", "c3", "c6");
    assertThat(found(q().priorities(Priority.NONE))).containsExactly("c2");
  }

  @Test
  void createdRangeIncludesItsStartAndExcludesItsEnd() {
    assertThat(found(q().createdBetween(minutes(2), minutes(5)))).containsExactlyInAnyOrder("c2", "c3", "c4");
    assertThat(found(q().createdBetween(minutes(5), null))).containsExactlyInAnyOrder("c5", "c6");
    assertThat(found(q().createdBetween(null, minutes(2)))).containsExactly("c1");
  }

  @Test
  void lastActivityRangeIncludesItsStartAndExcludesItsEnd() {
    assertThat(found(q().lastActivityBetween(minutes(40), minutes(60)))).containsExactlyInAnyOrder("c2", "c3", "c4");
    assertThat(found(q().lastActivityBetween(minutes(60), null))).containsExactly("c6");
    assertThat(found(q().lastActivityBetween(null, minutes(30).plusNanos(1000)))).containsExactlyInAnyOrder("c1", "c5");
  }

  @Test
  void filtersCombineWithAnd() {
    assertThat(found(q().statuses(ConversationStatus.OPEN).labelsAny("vip").inboxes(web.id())))
        .containsExactly("c6");
    assertThat(found(q().channelTypes(ChannelType.EMAIL).assignee(AssigneeFilter.assigned())
        .priorities(Priority.MEDIUM, Priority.HIGH).labelsNone("billing"))).containsExactly("c5");
  }

  // ---- custom attributes

  @Test
  void attributeEqualComparesTextRegardlessOfCase() {
    assertThat(withAttribute("plan", Operator.EQUAL, "GOLD")).containsExactly("c1");
  }

  @Test
  void attributeEqualComparesNumbersAsNumbers() {
    assertThat(withAttribute("seats", Operator.EQUAL, "12.5")).containsExactly("c1");
    assertThat(withAttribute("seats", Operator.EQUAL, new BigDecimal("3.00"))).containsExactly("c2");
    assertThat(withAttribute("seats", Operator.EQUAL, 3)).containsExactly("c2");
  }

  @Test
  void attributeEqualComparesDatesAsDates() {
    assertThat(withAttribute("renewal", Operator.EQUAL, LocalDate.of(2026, 1, 15))).containsExactly("c3");
    assertThat(withAttribute("renewal", Operator.EQUAL, "2026-12-31")).containsExactly("c1");
  }

  @Test
  void attributeEqualComparesCheckboxesAsBooleans() {
    assertThat(withAttribute("vip", Operator.EQUAL, true)).containsExactly("c1");
    assertThat(withAttribute("vip", Operator.EQUAL, "FALSE")).containsExactly("c3");
  }

  @Test
  void attributeNotEqualAlsoKeepsConversationsWithoutTheAttribute() {
    assertThat(withAttribute("plan", Operator.NOT_EQUAL, "gold"))
        .containsExactlyInAnyOrder("c2", "c3", "c4", "c5", "c6");
  }

  @Test
  void attributeContainsLooksForTextRegardlessOfCaseAndLiterally() {
    assertThat(withAttribute("plan", Operator.CONTAINS, "GOLD")).containsExactlyInAnyOrder("c1", "c5");
    assertThat(withAttribute("plan", Operator.CONTAINS, "%")).isEmpty();
    assertThat(withAttribute("plan", Operator.CONTAINS, "g_ld")).isEmpty();
  }

  @Test
  void attributePresentAndNotPresent() {
    assertThat(found(q().attribute(AttributeCondition.present("renewal")))).containsExactlyInAnyOrder("c1", "c3");
    assertThat(found(q().attribute(AttributeCondition.notPresent("renewal"))))
        .containsExactlyInAnyOrder("c2", "c4", "c5", "c6");
  }

  @Test
  void attributeGreaterAndLessCompareNumbersAsNumbers() {
    assertThat(withAttribute("seats", Operator.GREATER, 5)).containsExactly("c1");
    assertThat(withAttribute("seats", Operator.LESS, "5")).containsExactly("c2");
    assertThat(withAttribute("seats", Operator.GREATER, "12.50")).isEmpty();
    assertThat(withAttribute("seats", Operator.LESS, "20")).containsExactlyInAnyOrder("c1", "c2");
  }

  @Test
  void attributeGreaterAndLessCompareDatesAsDates() {
    assertThat(withAttribute("renewal", Operator.GREATER, "2026-06-01")).containsExactly("c1");
    assertThat(withAttribute("renewal", Operator.LESS, LocalDate.of(2026, 6, 1))).containsExactly("c3");
  }

  @Test
  void attributeGreaterAndLessCompareTextRegardlessOfCase() {
    assertThat(withAttribute("plan", Operator.GREATER, "h")).containsExactly("c2");
    assertThat(withAttribute("plan", Operator.LESS, "H")).containsExactlyInAnyOrder("c1", "c5");
  }

  @Test
  void anIncomparableAttributeValueMatchesOnlyNotEqual() {
    assertThat(withAttribute("seats", Operator.GREATER, "many")).isEmpty();
    assertThat(withAttribute("seats", Operator.LESS, "many")).isEmpty();
    assertThat(withAttribute("seats", Operator.EQUAL, "many")).isEmpty();
    assertThat(withAttribute("seats", Operator.NOT_EQUAL, "many")).hasSize(6);
    assertThat(withAttribute("renewal", Operator.LESS, "soon")).isEmpty();
    assertThat(withAttribute("renewal", Operator.GREATER, "soon")).isEmpty();
  }

  @Test
  void aCheckboxComparesOnlyWithTrueOrFalse() {
    assertThat(withAttribute("vip", Operator.EQUAL, "yes")).isEmpty();
    assertThat(withAttribute("vip", Operator.EQUAL, "no")).isEmpty();
    assertThat(withAttribute("vip", Operator.NOT_EQUAL, "yes")).hasSize(6);
  }

  @Test
  void severalAttributeConditionsCombineWithAnd() {
    assertThat(found(q().attribute(AttributeCondition.present("plan"))
        .attribute(AttributeCondition.of("seats", Operator.GREATER, 1)))).containsExactlyInAnyOrder("c1", "c2");
  }

  // ---- text search

  @Test
  void textSearchFindsMessageContentRegardlessOfCase() {
    assertThat(found(q().text("rechnung"))).containsExactly("c1");
    assertThat(found(q().text("falsch"))).containsExactly("c1");
    assertThat(found(q().text("STRAßE"))).containsExactly("c5");
    assertThat(found(q().text("köln"))).containsExactly("c4");
  }

  @Test
  void textSearchListsAConversationOnceWhateverMatchesInIt() {
    Page<Conversation> page = query(acme, q().text("Rechnung").build(), null);
    Page<Conversation> nameAndMessages = query(acme, q().text("e").statuses(ConversationStatus.OPEN).build(), null);

    assertThat(page.items()).extracting(c -> names.get(c.id())).containsExactly("c1");
    assertThat(page.total()).isEqualTo(1);
    assertThat(nameAndMessages.items()).extracting(c -> names.get(c.id())).containsExactlyInAnyOrder("c1", "c2", "c6");
    assertThat(nameAndMessages.total()).isEqualTo(3);
  }

  @Test
  void textSearchFindsPrivateNotes() {
    assertThat(found(q().text("REFUND"))).containsExactly("c2");
  }

  @Test
  void textSearchFindsTheContactsNameEmailAndPhoneInAnyScript() {
    assertThat(found(q().text("ÅNGSTRÖM"))).containsExactlyInAnyOrder("c1", "c4");
    assertThat(found(q().text("zoë"))).containsExactlyInAnyOrder("c1", "c4");
    assertThat(found(q().text("小龙"))).containsExactlyInAnyOrder("c3", "c6");
    assertThat(found(q().text("EXAMPLE.CN"))).containsExactlyInAnyOrder("c3", "c6");
    assertThat(found(q().text("555 0100"))).containsExactlyInAnyOrder("c2", "c5");
  }

  @Test
  void textSearchTakesWildcardCharactersLiterally() {
    assertThat(found(q().text("100%"))).containsExactly("c2");
    assertThat(found(q().text("10%"))).isEmpty();
    assertThat(found(q().text("a_17"))).containsExactly("c3");
    assertThat(found(q().text("%"))).containsExactly("c2");
    assertThat(found(q().text("_"))).containsExactly("c3");
  }

  @Test
  void textSearchCombinesWithTheOtherFilters() {
    assertThat(found(q().text("example.com").statuses(ConversationStatus.OPEN))).containsExactly("c1");
    assertThat(found(q().text("nichts dergleichen"))).isEmpty();
  }

  // ---- sort and pages

  @Test
  void theDefaultSortIsLastActivityNewestFirst() {
    assertThat(found(ConversationQuery.builder())).containsExactly("c6", "c4", "c2", "c3", "c1", "c5");
  }

  @Test
  void everySortOrderBreaksTiesByIdHighestFirst() {
    Map<SortOrder, List<String>> expected = Map.of(
        SortOrder.LAST_ACTIVITY_DESC, List.of("c6", "c4", "c2", "c3", "c1", "c5"),
        SortOrder.LAST_ACTIVITY_ASC, List.of("c5", "c1", "c3", "c4", "c2", "c6"),
        SortOrder.CREATED_DESC, List.of("c6", "c5", "c4", "c3", "c2", "c1"),
        SortOrder.CREATED_ASC, List.of("c1", "c2", "c3", "c4", "c6", "c5"),
        SortOrder.PRIORITY_DESC, List.of("c3", "c6", "c1", "c5", "c4", "c2"),
        SortOrder.PRIORITY_ASC, List.of("c2", "c4", "c5", "c6", "c1", "c3"),
        SortOrder.WAITING_SINCE_ASC, List.of("c5", "c2", "c1", "c6", "c4", "c3"),
        SortOrder.WAITING_SINCE_DESC, List.of("c6", "c1", "c2", "c5", "c4", "c3"));

    for (SortOrder sort : SortOrder.values()) {
      assertThat(found(q().sort(sort))).as("sorted %s", sort).containsExactlyElementsOf(expected.get(sort));
    }
  }

  @Test
  void pagesSplitTheSortedMatches() {
    ConversationQuery.Builder query = q().sort(SortOrder.CREATED_ASC);

    Page<Conversation> first = query(acme, query.page(0, 4).build(), null);
    Page<Conversation> second = query(acme, query.page(1, 4).build(), null);
    Page<Conversation> past = query(acme, query.page(2, 4).build(), null);

    assertThat(first.items()).extracting(c -> names.get(c.id())).containsExactly("c1", "c2", "c3", "c4");
    assertThat(first.page()).isZero();
    assertThat(first.size()).isEqualTo(4);
    assertThat(first.total()).isEqualTo(6);
    assertThat(first.hasNext()).isTrue();
    assertThat(second.items()).extracting(c -> names.get(c.id())).containsExactly("c6", "c5");
    assertThat(second.total()).isEqualTo(6);
    assertThat(second.hasNext()).isFalse();
    assertThat(past.items()).isEmpty();
    assertThat(past.total()).isEqualTo(6);
  }

  @Test
  void pagingThroughEverySortOrderYieldsEachMatchOnceInOrder() {
    for (SortOrder sort : SortOrder.values()) {
      List<String> all = found(q().sort(sort));
      for (int size = 1; size <= 7; size++) {
        List<String> paged = new ArrayList<>();
        for (int page = 0; page * size < all.size(); page++) {
          paged.addAll(found(q().sort(sort).page(page, size)));
        }
        assertThat(paged).as("%s by pages of %d", sort, size).containsExactlyElementsOf(all);
      }
    }
  }

  @Test
  void filtersPageTheirMatchesOnly() {
    Page<Conversation> page = query(acme, q().labelsAny("vip").sort(SortOrder.CREATED_ASC).page(1, 2).build(), null);

    assertThat(page.items()).extracting(c -> names.get(c.id())).containsExactly("c5");
    assertThat(page.total()).isEqualTo(3);
  }

  // ---- counts

  @Test
  void countsSplitTheMatchesByAssignee() {
    assertThat(count(acme, q(), alice)).isEqualTo(new ConversationCounts(3, 1, 5, 6));
    assertThat(count(acme, q(), bob)).isEqualTo(new ConversationCounts(2, 1, 5, 6));
  }

  @Test
  void countsIgnoreTheAssigneeFilterAndPaging() {
    assertThat(count(acme, q().assignee(AssigneeFilter.unassigned()).page(3, 1), alice))
        .isEqualTo(new ConversationCounts(3, 1, 5, 6));
  }

  @Test
  void countsWithoutAViewerHaveNoneOfMine() {
    assertThat(count(acme, q(), null)).isEqualTo(new ConversationCounts(0, 1, 5, 6));
  }

  @Test
  void countsApplyTheOtherFilters() {
    assertThat(count(acme, q().statuses(ConversationStatus.OPEN), bob)).isEqualTo(new ConversationCounts(0, 1, 2, 3));
    assertThat(count(acme, q().text("example"), alice)).isEqualTo(new ConversationCounts(3, 0, 4, 4));
    assertThat(count(acme, q().attribute(AttributeCondition.present("plan")), bob))
        .isEqualTo(new ConversationCounts(1, 1, 2, 3));
  }

  @Test
  void countsAgreeWithTheQueryTotals() {
    ConversationQuery.Builder filtered = q().labelsAny("vip", "billing");
    ConversationCounts counts = count(acme, filtered, alice);

    assertThat(query(acme, filtered.assignee(AssigneeFilter.mine()).build(), alice).total()).isEqualTo(counts.mine());
    assertThat(query(acme, filtered.assignee(AssigneeFilter.unassigned()).build(), alice).total())
        .isEqualTo(counts.unassigned());
    assertThat(query(acme, filtered.assignee(AssigneeFilter.assigned()).build(), alice).total())
        .isEqualTo(counts.assigned());
    assertThat(query(acme, filtered.assignee(AssigneeFilter.any()).build(), alice).total()).isEqualTo(counts.all());
  }

  @Test
  void countsKeepToTheAccount() {
    assertThat(count(globex, q(), null)).isEqualTo(new ConversationCounts(0, 1, 0, 1));
  }

  // ---- against the reference

  /**
   * Seeded random conversations and queries give the same pages and counts as on the in-memory store, the
   * reference (on the in-memory store itself this only checks that the generator runs).
   */
  @Test
  void randomQueriesAgreeWithTheInMemoryReference() {
    int nonEmpty = 0;
    int queries = 0;
    for (long seed = 1; seed <= 3; seed++) {
      RandomDesk desk = new RandomDesk(seed, T0);
      useWrite(tx -> desk.create(tx, 40));
      DataStore reference = InMemoryStore.create();
      reference.write(tx -> {
        desk.replay(tx);
        return null;
      });
      for (int i = 0; i < 150; i++, queries++) {
        ConversationQuery query = desk.query();
        Optional<AgentId> viewer = desk.viewer();
        Page<Conversation> expected = reference.read(tx -> tx.conversations().query(desk.account(), query, viewer));
        ConversationCounts expectedCounts =
            reference.read(tx -> tx.conversations().count(desk.account(), query, viewer));
        Page<Conversation> actual = read(tx -> tx.conversations().query(desk.account(), query, viewer));
        ConversationCounts actualCounts = read(tx -> tx.conversations().count(desk.account(), query, viewer));

        assertThat(actual).as("seed %d, query %d: %s, viewer %s", seed, i, query, viewer).isEqualTo(expected);
        assertThat(actualCounts).as("seed %d, counts %d: %s, viewer %s", seed, i, query, viewer)
            .isEqualTo(expectedCounts);
        nonEmpty += expected.items().isEmpty() ? 0 : 1;
      }
    }
    assertThat(nonEmpty).as("queries with matches").isGreaterThan(queries / 4);
  }
}
