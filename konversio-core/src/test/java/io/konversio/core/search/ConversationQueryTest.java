package io.konversio.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.FeatureFixture;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.Team;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.AttributeType;
import io.konversio.core.contact.Contact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.ConversationUpdate;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.conversation.Priority;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.search.AttributeCondition.Operator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each filter of a {@link ConversationQuery}, run through {@code desk.conversations().list(...)}. */
class ConversationQueryTest {
  private final FeatureFixture fx = new FeatureFixture();
  private final Desk desk = fx.newAccount("Acme");
  private final Inbox email = desk.inboxes().create("Email", ChannelType.EMAIL);
  private final Inbox chat = desk.inboxes().create("Chat", ChannelType.WEBSITE);
  private final Inbox api = desk.inboxes().create("Api", ChannelType.API);
  private final Agent alice = fx.agent(desk, "Alice", email, chat, api);
  private final Agent bob = fx.agent(desk, "Bob", email, chat, api);
  private final Contact ada = fx.contact(desk, "Ada");

  @Test
  void anEmptyQueryMatchesEveryConversation() {
    Conversation one = conversation();
    Conversation two = conversation();

    assertThat(ids(ConversationQuery.all())).containsExactlyInAnyOrder(one.id(), two.id());
  }

  @Nested
  class ByStatus {
    @Test
    void onlyTheGivenStatusesAreKept() {
      Conversation open = conversation();
      Conversation pending = conversation(b -> b.status(ConversationStatus.PENDING));
      Conversation resolved = desk.conversations().resolve(conversation().id(), Actor.system());
      Conversation snoozed = desk.conversations().snoozeUntilNextReply(conversation().id(), Actor.system());

      assertThat(ids(query().statuses(ConversationStatus.OPEN))).containsExactly(open.id());
      assertThat(ids(query().statuses(ConversationStatus.PENDING, ConversationStatus.SNOOZED)))
          .containsExactlyInAnyOrder(pending.id(), snoozed.id());
      assertThat(ids(query().statuses(List.of(ConversationStatus.RESOLVED)))).containsExactly(resolved.id());
      assertThat(ids(query())).hasSize(4);
    }
  }

  @Nested
  class ByAssignee {
    @Test
    void eachAssigneeFilterKeepsItsConversations() {
      Conversation ofAlice = assign(conversation(), alice);
      Conversation ofBob = assign(conversation(), bob);
      Conversation nobodys = conversation();

      assertThat(ids(query().assignee(AssigneeFilter.any()))).hasSize(3);
      assertThat(ids(query().assignee(AssigneeFilter.unassigned()))).containsExactly(nobodys.id());
      assertThat(ids(query().assignee(AssigneeFilter.assigned()))).containsExactlyInAnyOrder(ofAlice.id(),
          ofBob.id());
      assertThat(ids(query().assignee(AssigneeFilter.agent(bob.id())))).containsExactly(ofBob.id());
    }

    @Test
    void mineMeansTheViewersOwn() {
      Conversation ofAlice = assign(conversation(), alice);
      Conversation ofBob = assign(conversation(), bob);

      ConversationQuery mine = query().assignee(AssigneeFilter.mine()).build();

      assertThat(desk.conversations().list(mine, alice.id()).items()).extracting(Conversation::id)
          .containsExactly(ofAlice.id());
      assertThat(desk.conversations().list(mine, bob.id()).items()).extracting(Conversation::id)
          .containsExactly(ofBob.id());
    }

    @Test
    void mineWithoutAViewerMatchesNothing() {
      assign(conversation(), alice);

      assertThat(ids(query().assignee(AssigneeFilter.mine()))).isEmpty();
    }

    @Test
    void anAgentFilterNeedsExactlyTheAgentKind() {
      assertThatThrownBy(() -> new AssigneeFilter(AssigneeFilter.Kind.AGENT, java.util.Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new AssigneeFilter(AssigneeFilter.Kind.MINE, java.util.Optional.of(alice.id())))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class ByTeam {
    @Test
    void onlyConversationsOfTheGivenTeamsAreKept() {
      Team billing = desk.teams().create("Billing", "");
      Team sales = desk.teams().create("Sales", "");
      Conversation ofBilling = desk.conversations().assignTeam(conversation().id(), billing.id(), Actor.system());
      Conversation ofSales = desk.conversations().assignTeam(conversation().id(), sales.id(), Actor.system());
      conversation();

      assertThat(ids(query().teams(billing.id()))).containsExactly(ofBilling.id());
      assertThat(ids(query().teams(billing.id(), sales.id()))).containsExactlyInAnyOrder(ofBilling.id(),
          ofSales.id());
    }
  }

  @Nested
  class ByLabels {
    private final Conversation billingOnly;
    private final Conversation billingAndRefund;
    private final Conversation refundAndVip;
    private final Conversation unlabelled;

    ByLabels() {
      desk.labels().create("billing");
      desk.labels().create("refund");
      desk.labels().create("vip");
      billingOnly = labelled("billing");
      billingAndRefund = labelled("billing", "refund");
      refundAndVip = labelled("refund", "vip");
      unlabelled = conversation();
    }

    @Test
    void anyKeepsConversationsWithAtLeastOneOfTheLabels() {
      assertThat(ids(query().labelsAny("billing", "vip"))).containsExactlyInAnyOrder(billingOnly.id(),
          billingAndRefund.id(), refundAndVip.id());
    }

    @Test
    void allKeepsConversationsWithEveryLabel() {
      assertThat(ids(query().labelsAll("billing", "refund"))).containsExactly(billingAndRefund.id());
    }

    @Test
    void noneKeepsConversationsWithoutAnyOfTheLabels() {
      assertThat(ids(query().labelsNone("billing"))).containsExactlyInAnyOrder(refundAndVip.id(), unlabelled.id());
    }

    @Test
    void labelFiltersCombine() {
      assertThat(ids(query().labelsAny("refund").labelsNone("vip"))).containsExactly(billingAndRefund.id());
      assertThat(ids(query().labelsAll("refund").labelsAny("vip", "billing")))
          .containsExactlyInAnyOrder(billingAndRefund.id(), refundAndVip.id());
    }

    @Test
    void labelsInTheQueryAreMatchedInAnyCase() {
      assertThat(ids(query().labelsAll(" BILLING ", "Refund"))).containsExactly(billingAndRefund.id());
    }

    @Test
    void aBlankLabelInTheQueryIsRejected() {
      assertThatThrownBy(() -> query().labelsAny(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    private Conversation labelled(String... labels) {
      return desk.conversations().addLabels(conversation().id(), List.of(labels), Actor.system());
    }
  }

  @Nested
  class ByInboxChannelAndPriority {
    @Test
    void onlyConversationsOfTheGivenInboxesAreKept() {
      Conversation inEmail = conversation(email);
      Conversation inChat = conversation(chat);
      conversation(api);

      assertThat(ids(query().inboxes(chat.id()))).containsExactly(inChat.id());
      assertThat(ids(query().inboxes(chat.id(), email.id()))).containsExactlyInAnyOrder(inEmail.id(), inChat.id());
    }

    @Test
    void onlyConversationsOfTheGivenChannelTypesAreKept() {
      Conversation inEmail = conversation(email);
      Conversation inChat = conversation(chat);
      Conversation inApi = conversation(api);

      assertThat(ids(query().channelTypes(ChannelType.WEBSITE))).containsExactly(inChat.id());
      assertThat(ids(query().channelTypes(ChannelType.EMAIL, ChannelType.API)))
          .containsExactlyInAnyOrder(inEmail.id(), inApi.id());
      assertThat(ids(query().channelTypes(ChannelType.SMS))).isEmpty();
    }

    @Test
    void onlyConversationsOfTheGivenPrioritiesAreKept() {
      Conversation high = conversation(b -> b.priority(Priority.HIGH));
      Conversation urgent = conversation(b -> b.priority(Priority.URGENT));
      Conversation none = conversation();

      assertThat(ids(query().priorities(Priority.HIGH, Priority.URGENT))).containsExactlyInAnyOrder(high.id(),
          urgent.id());
      assertThat(ids(query().priorities(Priority.NONE))).containsExactly(none.id());
    }
  }

  @Nested
  class ByTime {
    private final Instant t0 = FeatureFixture.START;
    private final Instant t1 = t0.plus(Duration.ofHours(1));
    private final Instant t2 = t0.plus(Duration.ofHours(2));

    @Test
    void createdRangesIncludeTheirStartAndExcludeTheirEnd() {
      Conversation atT0 = conversation();
      fx.clock().set(t1);
      Conversation atT1 = conversation();
      fx.clock().set(t2);
      Conversation atT2 = conversation();

      assertThat(ids(query().createdBetween(t1, t2))).containsExactly(atT1.id());
      assertThat(ids(query().createdBetween(null, t1))).containsExactly(atT0.id());
      assertThat(ids(query().createdBetween(t1, null))).containsExactlyInAnyOrder(atT1.id(), atT2.id());
      assertThat(ids(query().createdBetween(t0, t2.plusNanos(1)))).hasSize(3);
      assertThat(ids(query().createdBetween(null, null))).hasSize(3);
    }

    @Test
    void lastActivityRangesIncludeTheirStartAndExcludeTheirEnd() {
      Conversation quiet = conversation();
      Conversation busy = conversation();
      Conversation busier = conversation();
      fx.clock().set(t1);
      desk.conversations().receive(busy.id(), "ping");
      desk.conversations().receive(busier.id(), "ping");
      fx.clock().set(t2);
      desk.conversations().receive(busier.id(), "ping again");

      assertThat(ids(query().lastActivityBetween(t0, t1))).containsExactly(quiet.id());
      assertThat(ids(query().lastActivityBetween(t1, t2))).containsExactly(busy.id());
      assertThat(ids(query().lastActivityBetween(t2, null))).containsExactly(busier.id());
      assertThat(ids(query().lastActivityBetween(null, t2))).containsExactlyInAnyOrder(quiet.id(), busy.id());
    }

    @Test
    void anEmptyRangeIsRejected() {
      assertThatThrownBy(() -> query().createdBetween(t1, t1)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> query().lastActivityBetween(t2, t1)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class ByCustomAttributes {
    private final Conversation small;
    private final Conversation large;
    private final Conversation bare;

    ByCustomAttributes() {
      desk.customAttributes().define(AttributeModel.CONVERSATION, "amount", "Amount", AttributeType.NUMBER);
      desk.customAttributes().define(AttributeModel.CONVERSATION, "due", "Due", AttributeType.DATE);
      desk.customAttributes().define(AttributeModel.CONVERSATION, "plan", "Plan", AttributeType.TEXT);
      desk.customAttributes().define(AttributeModel.CONVERSATION, "urgent", "Urgent", AttributeType.CHECKBOX);
      small = withAttributes(ConversationUpdate.builder().setCustomAttribute("amount", 10)
          .setCustomAttribute("due", "2026-03-01").setCustomAttribute("plan", "Gold plan")
          .setCustomAttribute("urgent", true));
      large = withAttributes(ConversationUpdate.builder().setCustomAttribute("amount", "25.5")
          .setCustomAttribute("due", "2026-04-01").setCustomAttribute("plan", "silver")
          .setCustomAttribute("urgent", false));
      bare = conversation();
    }

    @Test
    void equalComparesNumbersAsNumbers() {
      assertThat(matching("amount", Operator.EQUAL, 10)).containsExactly(small.id());
      assertThat(matching("amount", Operator.EQUAL, "10.00")).containsExactly(small.id());
      assertThat(matching("amount", Operator.EQUAL, new java.math.BigDecimal("25.50"))).containsExactly(large.id());
    }

    @Test
    void notEqualCountsAnUnsetValueAsNotEqual() {
      assertThat(matching("amount", Operator.NOT_EQUAL, 10)).containsExactlyInAnyOrder(large.id(), bare.id());
      assertThat(matching("plan", Operator.NOT_EQUAL, "SILVER")).containsExactlyInAnyOrder(small.id(), bare.id());
    }

    @Test
    void greaterAndLessCompareNumbers() {
      assertThat(matching("amount", Operator.GREATER, 10)).containsExactly(large.id());
      assertThat(matching("amount", Operator.GREATER, 9.99)).containsExactlyInAnyOrder(small.id(), large.id());
      assertThat(matching("amount", Operator.LESS, "25.5")).containsExactly(small.id());
      assertThat(matching("amount", Operator.LESS, 10)).isEmpty();
    }

    @Test
    void greaterAndLessCompareDates() {
      assertThat(matching("due", Operator.GREATER, "2026-03-15")).containsExactly(large.id());
      assertThat(matching("due", Operator.LESS, LocalDate.of(2026, 3, 15))).containsExactly(small.id());
      assertThat(matching("due", Operator.EQUAL, LocalDate.of(2026, 4, 1))).containsExactly(large.id());
      assertThat(matching("due", Operator.GREATER, "2026-04-01")).isEmpty();
    }

    @Test
    void textIsComparedIgnoringCase() {
      assertThat(matching("plan", Operator.EQUAL, "GOLD PLAN")).containsExactly(small.id());
      assertThat(matching("plan", Operator.CONTAINS, "gold")).containsExactly(small.id());
      assertThat(matching("plan", Operator.CONTAINS, "L")).containsExactlyInAnyOrder(small.id(), large.id());
      assertThat(matching("plan", Operator.GREATER, "Hat")).containsExactly(large.id());
      assertThat(matching("plan", Operator.LESS, "hat")).containsExactly(small.id());
    }

    @Test
    void containsLooksIntoTheTextOfNumbersAndDatesToo() {
      assertThat(matching("amount", Operator.CONTAINS, "25")).containsExactly(large.id());
      assertThat(matching("due", Operator.CONTAINS, "-04-")).containsExactly(large.id());
    }

    @Test
    void presentAndNotPresentWorkOnEveryType() {
      for (String key : List.of("amount", "due", "plan", "urgent")) {
        assertThat(ids(query().attribute(AttributeCondition.present(key))))
            .containsExactlyInAnyOrder(small.id(), large.id());
        assertThat(ids(query().attribute(AttributeCondition.notPresent(key)))).containsExactly(bare.id());
      }
    }

    @Test
    void checkboxesAreComparedAsBooleans() {
      assertThat(matching("urgent", Operator.EQUAL, true)).containsExactly(small.id());
      assertThat(matching("urgent", Operator.EQUAL, "false")).containsExactly(large.id());
    }

    @Test
    void presentAndNotPresentLookAtWhetherAValueIsSet() {
      assertThat(ids(query().attribute(AttributeCondition.present("amount")))).containsExactlyInAnyOrder(small.id(),
          large.id());
      assertThat(ids(query().attribute(AttributeCondition.notPresent("amount")))).containsExactly(bare.id());
    }

    @Test
    void conditionsMustAllHold() {
      assertThat(ids(query().attribute(AttributeCondition.of("amount", Operator.GREATER, 5))
          .attribute(AttributeCondition.of("plan", Operator.CONTAINS, "silver")))).containsExactly(large.id());
    }

    @Test
    void greaterAndLessMatchNothingWhenTheValueCannotBeCompared() {
      assertThat(matching("amount", Operator.LESS, "lots")).isEmpty();
      assertThat(matching("amount", Operator.GREATER, "lots")).isEmpty();
      assertThat(matching("due", Operator.LESS, "someday")).isEmpty();
      assertThat(matching("amount", Operator.EQUAL, "lots")).isEmpty();
    }

    @Test
    void aCheckboxIsNeverEqualToSomethingThatIsNotABoolean() {
      assertThat(matching("urgent", Operator.EQUAL, "no")).isEmpty();
    }

    @Test
    void anOperatorGetsAValueExactlyWhenItNeedsOne() {
      assertThatThrownBy(() -> new AttributeCondition("amount", Operator.EQUAL, java.util.Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
      assertThatThrownBy(() -> new AttributeCondition("amount", Operator.PRESENT, java.util.Optional.of(1)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    private Conversation withAttributes(ConversationUpdate.Builder update) {
      return desk.conversations().update(conversation().id(), update.build(), Actor.system());
    }

    private List<ConversationId> matching(String key, Operator operator, Object value) {
      return ids(query().attribute(AttributeCondition.of(key, operator, value)));
    }
  }

  @Test
  void aPageSizeOutsideOneTo500IsRejected() {
    assertThatThrownBy(() -> query().page(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> query().page(0, 501)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> query().page(-1, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aQueryRoundTripsThroughItsBuilder() {
    ConversationQuery full = query().statuses(ConversationStatus.OPEN).assignee(AssigneeFilter.agent(alice.id()))
        .labelsAny("a").labelsAll("b").labelsNone("c").inboxes(email.id()).channelTypes(ChannelType.EMAIL)
        .priorities(Priority.LOW).createdBetween(FeatureFixture.START, null).lastActivityBetween(null,
            FeatureFixture.START).attribute(AttributeCondition.present("x")).text("find me")
        .sort(SortOrder.PRIORITY_ASC).page(2, 10).build();

    assertThat(full.toBuilder().build()).isEqualTo(full).hasSameHashCodeAs(full);
    assertThat(full.toBuilder().page(3, 10).build()).isNotEqualTo(full);
    assertThat(full.toString()).contains("find me", "PRIORITY_ASC");
  }

  private Conversation conversation() {
    return conversation(email);
  }

  private Conversation conversation(Inbox inbox) {
    return desk.conversations().create(NewConversation.builder(inbox.id(), ada.id()).build(), Actor.system());
  }

  private Conversation conversation(UnaryOperator<NewConversation.Builder> details) {
    return desk.conversations().create(details.apply(NewConversation.builder(email.id(), ada.id())).build(),
        Actor.system());
  }

  private Conversation assign(Conversation c, Agent agent) {
    return desk.conversations().assign(c.id(), agent.id(), Actor.system());
  }

  private static ConversationQuery.Builder query() {
    return ConversationQuery.builder().page(0, ConversationQuery.MAX_PAGE_SIZE);
  }

  private List<ConversationId> ids(ConversationQuery.Builder query) {
    return ids(query.build());
  }

  private List<ConversationId> ids(ConversationQuery query) {
    return desk.conversations().list(query).items().stream().map(Conversation::id).toList();
  }
}
