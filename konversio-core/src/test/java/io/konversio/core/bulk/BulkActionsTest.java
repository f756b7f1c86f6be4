package io.konversio.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.FeatureFixture;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.Team;
import io.konversio.core.agent.TeamId;
import io.konversio.core.contact.Contact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.ConversationUpdate;
import io.konversio.core.conversation.Priority;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.inbox.Inbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Bulk actions: each conversation succeeds or fails on its own, in request order, a failure leaving it untouched. */
class BulkActionsTest {
  private static final ConversationId UNKNOWN = ConversationId.of(9999);

  private final FeatureFixture fx = new FeatureFixture();
  private final Desk desk = fx.newAccount("Acme");
  private final Inbox support = fx.inbox(desk, "Support");
  private final Inbox sales = fx.inbox(desk, "Sales");
  private final Agent alice = fx.agent(desk, "Alice", support);
  private final Agent dave = fx.agent(desk, "Dave", sales);
  private final Actor byAlice = Actor.agent(alice.id());
  private final Contact ada = fx.contact(desk, "Ada");
  private final Conversation first = fx.conversation(desk, support, ada, "first");
  private final Conversation second = fx.conversation(desk, support, ada, "second");
  private final Conversation inSales = fx.conversation(desk, sales, ada, "in sales");
  private final BulkActions bulk = desk.bulk();

  @Test
  void assigningAnAgentAssignsEveryConversation() {
    BulkResult result = bulk.assign(List.of(first.id(), second.id()), alice.id(), Actor.system());

    assertThat(result.succeeded()).isEqualTo(2);
    assertThat(result.failed()).isZero();
    assertThat(result.items()).allSatisfy(item -> {
      assertThat(item.failure()).isEmpty();
      assertThat(item.conversation()).hasValueSatisfying(c -> assertThat(c.assigneeId()).contains(alice.id()));
    });
    assertThat(current(first).assigneeId()).contains(alice.id());
    assertThat(current(second).assigneeId()).contains(alice.id());
  }

  @Test
  void anAgentWhoMayNotWorkInAnInboxFailsThereOnly() {
    BulkResult result = bulk.assign(List.of(first.id(), inSales.id(), second.id()), dave.id(), byAlice);

    assertThat(result.items()).extracting(BulkItemResult::id).containsExactly(first.id(), inSales.id(),
        second.id());
    assertThat(result.items()).extracting(BulkItemResult::succeeded).containsExactly(false, true, false);
    assertThat(result.failures()).allSatisfy(item -> {
      assertThat(item.conversation()).isEmpty();
      assertThat(item.failure()).hasValueSatisfying(r -> assertThat(r).contains("assignee", "not a member"));
    });
    assertUntouched(first, second);
    assertThat(current(inSales).assigneeId()).contains(dave.id());
  }

  @Test
  void anUnknownConversationFailsAndTheOthersGoOn() {
    BulkResult result = bulk.resolve(List.of(first.id(), UNKNOWN, second.id()), byAlice);

    assertThat(result.items()).extracting(BulkItemResult::succeeded).containsExactly(true, false, true);
    assertThat(result.items().get(1).id()).isEqualTo(UNKNOWN);
    assertThat(result.items().get(1).failure()).hasValueSatisfying(r -> assertThat(r).contains("9999", "not found"));
    assertThat(current(first).status()).isEqualTo(ConversationStatus.RESOLVED);
    assertThat(current(second).status()).isEqualTo(ConversationStatus.RESOLVED);
  }

  @Test
  void assigningATeamSetsItOrFailsForAnUnknownTeam() {
    Team billing = desk.teams().create("Billing", "");

    assertThat(bulk.assignTeam(List.of(first.id(), second.id()), billing.id(), byAlice).succeeded()).isEqualTo(2);
    assertThat(current(first).teamId()).contains(billing.id());

    BulkResult unknownTeam = bulk.assignTeam(List.of(inSales.id()), TeamId.of(777), byAlice);
    assertThat(unknownTeam.failures()).singleElement().satisfies(item -> assertThat(item.failure())
        .hasValueSatisfying(r -> assertThat(r).contains("team", "777")));
    assertUntouched(inSales);
  }

  @Test
  void addingAndRemovingLabels() {
    desk.labels().create("billing");
    desk.labels().create("vip");

    bulk.addLabels(List.of(first.id(), second.id()), List.of("Billing", "VIP"), byAlice);
    assertThat(current(first).labels()).containsExactly("billing", "vip");

    BulkResult removed = bulk.removeLabels(List.of(first.id(), second.id(), inSales.id()), List.of("vip"), byAlice);
    assertThat(removed.succeeded()).isEqualTo(3);
    assertThat(current(first).labels()).containsExactly("billing");
    assertThat(current(second).labels()).containsExactly("billing");
    assertThat(current(inSales).labels()).isEmpty();
  }

  @Test
  void anUnknownLabelFailsEveryItemAndChangesNone() {
    desk.labels().create("billing");

    BulkResult result = bulk.addLabels(List.of(first.id(), second.id()), List.of("billing", "nonsense"), byAlice);

    assertThat(result.failed()).isEqualTo(2);
    assertThat(result.failures()).allSatisfy(item -> assertThat(item.failure())
        .hasValueSatisfying(r -> assertThat(r).contains("labels", "nonsense")));
    assertUntouched(first, second);
  }

  @Test
  void resolvingAndReopening() {
    desk.conversations().markPending(second.id(), byAlice);

    assertThat(bulk.resolve(List.of(first.id(), second.id()), byAlice).succeeded()).isEqualTo(2);
    assertThat(current(second).status()).isEqualTo(ConversationStatus.RESOLVED);

    assertThat(bulk.reopen(List.of(first.id(), second.id(), inSales.id()), byAlice).succeeded()).isEqualTo(3);
    assertThat(List.of(current(first), current(second), current(inSales))).extracting(Conversation::status)
        .containsOnly(ConversationStatus.OPEN);
  }

  @Test
  void aConversationAlreadyInTheTargetStateSucceedsUnchanged() {
    Conversation resolved = desk.conversations().resolve(first.id(), byAlice);

    BulkResult result = bulk.resolve(List.of(first.id()), byAlice);

    assertThat(result.items()).singleElement().satisfies(item -> assertThat(item.conversation()).contains(resolved));
    assertThat(current(first).version()).isEqualTo(resolved.version());
  }

  @Test
  void snoozingAResolvedConversationFailsAndTheOthersAreSnoozed() {
    Conversation resolved = desk.conversations().resolve(second.id(), byAlice);
    Instant until = fx.clock().instant().plus(Duration.ofHours(4));

    BulkResult result = bulk.snoozeUntil(List.of(first.id(), second.id(), inSales.id()), until, byAlice);

    assertThat(result.items()).extracting(BulkItemResult::succeeded).containsExactly(true, false, true);
    assertThat(result.items().get(1).failure()).hasValueSatisfying(r -> assertThat(r).contains("resolved",
        "snoozed"));
    assertThat(current(second)).isEqualTo(resolved);
    assertThat(current(first).status()).isEqualTo(ConversationStatus.SNOOZED);
    assertThat(current(first).snoozedUntil()).contains(until);
    assertThat(current(inSales).snoozedUntil()).contains(until);
  }

  @Test
  void snoozingIntoThePastFailsForEveryItem() {
    BulkResult result = bulk.snoozeUntil(List.of(first.id(), second.id()), fx.clock().instant(), byAlice);

    assertThat(result.failed()).isEqualTo(2);
    assertThat(result.failures()).allSatisfy(item -> assertThat(item.failure())
        .hasValueSatisfying(r -> assertThat(r).contains("snoozeUntil")));
    assertUntouched(first, second);
  }

  @Test
  void aGeneralUpdateAppliesToEachConversation() {
    BulkResult result = bulk.apply(List.of(first.id(), second.id()), ConversationUpdate.builder()
        .priority(Priority.HIGH).assignee(alice.id()).build(), byAlice);

    assertThat(result.items()).extracting(i -> i.conversation().orElseThrow().priority())
        .containsExactly(Priority.HIGH, Priority.HIGH);
  }

  @Test
  void aRepeatedIdIsAppliedAndReportedOnceInFirstSeenOrder() {
    desk.labels().create("vip");

    BulkResult result = bulk.addLabels(List.of(second.id(), first.id(), second.id()), List.of("vip"), byAlice);

    assertThat(result.items()).extracting(BulkItemResult::id).containsExactly(second.id(), first.id());
    assertThat(current(second).version()).isEqualTo(second.version() + 1);
  }

  @Test
  void eventsAreRecordedForTheSucceededItemsOnly() {
    fx.forget();

    bulk.resolve(List.of(first.id(), UNKNOWN), byAlice);

    assertThat(fx.events()).isNotEmpty().extracting(DomainEvent::conversationId).containsOnly(first.id());
  }

  @Test
  void anEmptyRequestHasAnEmptyResult() {
    BulkResult result = bulk.resolve(List.of(), byAlice);

    assertThat(result.items()).isEmpty();
    assertThat(result.succeeded()).isZero();
  }

  @Test
  void moreThanTheMaximumIsRejectedBeforeAnythingIsApplied() {
    List<ConversationId> ids = new ArrayList<>(List.of(first.id()));
    IntStream.rangeClosed(1, BulkActions.MAX_ITEMS).forEach(i -> ids.add(ConversationId.of(100_000 + i)));

    assertThatThrownBy(() -> bulk.resolve(ids, byAlice)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1001");
    assertUntouched(first);
  }

  @Test
  void aNullIdIsRejectedBeforeAnythingIsApplied() {
    List<ConversationId> ids = Arrays.asList(first.id(), null, second.id());

    assertThatThrownBy(() -> bulk.resolve(ids, byAlice)).isInstanceOf(NullPointerException.class);

    assertUntouched(first, second);
  }

  private Conversation current(Conversation c) {
    return desk.conversations().get(c.id());
  }

  private void assertUntouched(Conversation... conversations) {
    for (Conversation c : conversations) {
      assertThat(current(c)).isEqualTo(c);
    }
  }
}
