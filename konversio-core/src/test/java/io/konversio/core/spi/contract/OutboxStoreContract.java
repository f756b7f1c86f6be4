package io.konversio.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.konversio.core.Actor;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessageId;
import io.konversio.core.conversation.MessageType;
import io.konversio.core.event.AssigneeChanged;
import io.konversio.core.event.Change;
import io.konversio.core.event.ConversationCreated;
import io.konversio.core.event.ConversationStatusChanged;
import io.konversio.core.event.ConversationUpdated;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.event.LabelAdded;
import io.konversio.core.event.LabelRemoved;
import io.konversio.core.event.MessageCreated;
import io.konversio.core.event.NotificationCreated;
import io.konversio.core.event.TeamChanged;
import io.konversio.core.notification.Notification;
import io.konversio.core.notification.NotificationId;
import io.konversio.core.notification.NotificationType;
import io.konversio.core.spi.OutboxStore.Entry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.konversio.core.spi.OutboxStore}: order, dispatch marks, and events of every
 * {@link DomainEvent} type read back equal to the ones appended. Subclass it with {@link #newStore()} returning a
 * fresh store of the implementation under test. Not thread-safe.
 */
public abstract class OutboxStoreContract extends StoreContractSupport {

  private List<Entry> pending(int limit) {
    return read(tx -> tx.outbox().pending(limit));
  }

  private void append(DomainEvent... events) {
    useWrite(tx -> tx.outbox().append(List.of(events)));
  }

  private void markDispatched(Long... sequences) {
    useWrite(tx -> tx.outbox().markDispatched(List.of(sequences)));
  }

  private static List<DomainEvent> events(List<Entry> entries) {
    return entries.stream().map(Entry::event).toList();
  }

  private static List<Long> sequences(List<Entry> entries) {
    return entries.stream().map(Entry::sequence).toList();
  }

  private void assertRoundTrips(DomainEvent event) {
    append(event);

    List<Entry> entries = pending(10);

    assertThat(events(entries)).containsExactly(event);
    assertThat(entries.get(0).event()).isInstanceOf(event.getClass());
  }

  /** A created event over a fresh conversation of a new world; enough for order and dispatch tests. */
  private DomainEvent created(World w, int n) {
    return new ConversationCreated(UUID.randomUUID(), Actor.contact(w.contact().id()), minutes(n),
        w.conversation());
  }

  private static UUID uuid(int n) {
    return UUID.fromString("00000000-0000-4000-8000-" + String.format("%012d", n));
  }

  private Conversation rich(World w) {
    return enriched(w.conversation(), w.agent(), w.team());
  }

  @Test
  void anEmptyOutboxHasNothingPending() {
    assertThat(pending(10)).isEmpty();
  }

  @Test
  void pendingEventsComeInAppendOrderWithIncreasingSequences() {
    World w = newWorld("Acme");
    List<DomainEvent> appended = new ArrayList<>();
    for (int n = 0; n < 7; n++) {
      appended.add(created(w, n));
    }
    append(appended.get(0), appended.get(1), appended.get(2));
    append(appended.get(3));
    append(appended.get(4), appended.get(5), appended.get(6));

    List<Entry> entries = pending(100);

    assertThat(events(entries)).containsExactlyElementsOf(appended);
    assertThat(sequences(entries)).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void pendingReturnsTheOldestUpToTheLimit() {
    World w = newWorld("Acme");
    DomainEvent first = created(w, 1);
    DomainEvent second = created(w, 2);
    append(first, second, created(w, 3));

    assertThat(events(pending(2))).containsExactly(first, second);
  }

  @Test
  void markDispatchedRemovesExactlyTheGivenSequences() {
    World w = newWorld("Acme");
    DomainEvent first = created(w, 1);
    DomainEvent second = created(w, 2);
    DomainEvent third = created(w, 3);
    append(first, second, third);
    List<Long> sequences = sequences(pending(10));

    markDispatched(sequences.get(1));

    assertThat(events(pending(10))).containsExactly(first, third);
    assertThat(sequences(pending(10))).containsExactly(sequences.get(0), sequences.get(2));
  }

  @Test
  void markDispatchedOfEveryPendingEventEmptiesTheOutbox() {
    World w = newWorld("Acme");
    append(created(w, 1), created(w, 2));

    useWrite(tx -> tx.outbox().markDispatched(sequences(tx.outbox().pending(10))));

    assertThat(pending(10)).isEmpty();
  }

  @Test
  void markDispatchedIgnoresUnknownAndAlreadyDispatchedSequences() {
    World w = newWorld("Acme");
    DomainEvent first = created(w, 1);
    DomainEvent second = created(w, 2);
    append(first, second);
    long firstSequence = pending(10).get(0).sequence();
    markDispatched(firstSequence);

    markDispatched(firstSequence, firstSequence + 1_000_000);

    assertThat(events(pending(10))).containsExactly(second);
  }

  @Test
  void theFirstEventsOfAChangeMarkedLeaveTheRestPendingUntilTheyAreMarkedToo() {
    markAChangeInTwoSteps(0, 1);
  }

  @Test
  void theLaterEventsOfAChangeMarkedLeaveTheFirstPendingUntilItIsMarkedToo() {
    markAChangeInTwoSteps(1, 2);
  }

  /** Appends one change of three events, marks the given ones, then the others. */
  private void markAChangeInTwoSteps(int... firstStep) {
    World w = newWorld("Acme");
    List<DomainEvent> events = List.of(created(w, 1), created(w, 2), created(w, 3));
    append(events.toArray(DomainEvent[]::new));
    List<Long> sequences = sequences(pending(10));
    List<Long> marked = new ArrayList<>();
    List<DomainEvent> rest = new ArrayList<>(events);
    for (int i : firstStep) {
      marked.add(sequences.get(i));
      rest.remove(events.get(i));
    }

    markDispatched(marked.toArray(Long[]::new));

    assertThat(events(pending(10))).containsExactlyElementsOf(rest);
    List<Long> others = new ArrayList<>(sequences);
    others.removeAll(marked);
    markDispatched(others.toArray(Long[]::new));
    assertThat(pending(10)).isEmpty();
  }

  @Test
  void oneMarkOverChangesDeliveredWholeAndInPartRemovesExactlyTheDelivered() {
    World w = newWorld("Acme");
    DomainEvent a = created(w, 1);
    DomainEvent b = created(w, 2);
    DomainEvent c = created(w, 3);
    DomainEvent d = created(w, 4);
    DomainEvent e = created(w, 5);
    append(a, b);
    append(c);
    append(d, e);
    List<Long> sequences = sequences(pending(10));

    markDispatched(sequences.get(0), sequences.get(1), sequences.get(2), sequences.get(3));

    assertThat(events(pending(10))).containsExactly(e);
    assertThat(sequences(pending(10))).containsExactly(sequences.get(4));
  }

  @Test
  void eventsAppendedAfterADispatchFollowTheRemainingOnes() {
    World w = newWorld("Acme");
    DomainEvent first = created(w, 1);
    DomainEvent second = created(w, 2);
    DomainEvent third = created(w, 3);
    append(first, second);
    markDispatched(pending(1).get(0).sequence());

    append(third);

    assertThat(events(pending(10))).containsExactly(second, third);
  }

  /**
   * Whether the store under test takes turns to dispatch between processes ({@link
   * io.konversio.core.spi.OutboxStore#claimDispatch}); the default of the interface always grants the turn.
   */
  protected boolean takesTurns() {
    return false;
  }

  private static final Duration LEASE = Duration.ofSeconds(30);

  private @Nullable List<Entry> claimAndRead(String dispatcher, int limit, Map<UUID, DomainEvent> known) {
    return write(tx -> tx.outbox().claimAndRead(dispatcher, LEASE, limit, known));
  }

  private boolean markReleaseAndLook(List<Long> sequences, String dispatcher) {
    return write(tx -> tx.outbox().markReleaseAndLook(sequences, dispatcher));
  }

  /** Three events in two changes: two, then one. */
  private List<DomainEvent> twoChanges() {
    World w = newWorld("Acme");
    List<DomainEvent> events = List.of(created(w, 1), created(w, 2), created(w, 3));
    append(events.get(0), events.get(1));
    append(events.get(2));
    return events;
  }

  @Test
  void claimAndReadReadsThePendingEventsWhenTheTurnIsGranted() {
    List<DomainEvent> appended = twoChanges();

    List<Entry> read = claimAndRead("a", 10, Map.of());

    assertThat(read).isNotNull();
    assertThat(events(read)).containsExactlyElementsOf(appended);
    assertThat(read).isEqualTo(pending(10));
  }

  @Test
  void claimAndReadStopsAtTheLimitWhetherOrNotTheEventsAreKnown() {
    World w = newWorld("Acme");
    List<DomainEvent> events = List.of(created(w, 1), created(w, 2), created(w, 3), created(w, 4));
    append(events.get(0), events.get(1));
    append(events.get(2), events.get(3));
    markDispatched(pending(1).get(0).sequence());
    // the second change's events are known, the first's are not
    Map<UUID, DomainEvent> known = Map.of(events.get(2).id(), events.get(2), events.get(3).id(), events.get(3));

    for (int limit = 1; limit <= 4; limit++) {
      int n = limit;
      List<Entry> read = claimAndRead("a", n, known);

      assertThat(read).as("limit %d", n).isEqualTo(pending(n));
    }
  }

  @Test
  void markReleaseAndLookMarksTheEventsAndTellsWhetherOthersArePending() {
    DomainEvent third = twoChanges().get(2);
    List<Long> sequences = sequences(claimAndRead("a", 10, Map.of()));

    boolean more = markReleaseAndLook(sequences.subList(0, 2), "a");

    assertThat(more).isTrue();
    assertThat(events(pending(10))).containsExactly(third);
    assertThat(claimAndRead("a", 10, Map.of())).isNotNull();
    assertThat(markReleaseAndLook(sequences.subList(2, 3), "a")).isFalse();
    assertThat(pending(10)).isEmpty();
  }

  @Test
  void markReleaseAndLookOfNoEventsGivesUpTheTurn() {
    World w = newWorld("Acme");
    DomainEvent event = created(w, 1);
    append(event);
    assertThat(claimAndRead("a", 10, Map.of())).isNotNull();

    assertThat(markReleaseAndLook(List.of(), "a")).isTrue();

    assertThat(events(claimAndRead("b", 10, Map.of()))).containsExactly(event);
  }

  @Test
  void claimAndReadIsRefusedWhileAnotherDispatcherHoldsTheTurn() {
    assumeTrue(takesTurns(), "the store grants every claim");
    World w = newWorld("Acme");
    DomainEvent event = created(w, 1);
    append(event);
    assertThat(claimAndRead("a", 10, Map.of())).isNotNull();

    assertThat(claimAndRead("b", 10, Map.of())).isNull();
    assertThat(this.<Boolean>write(tx -> tx.outbox().claimDispatch("b", LEASE))).isFalse();
    // the holder renews its turn and reads; once it gives the turn up, another may take it
    assertThat(claimAndRead("a", 10, Map.of())).isNotNull();
    useWrite(tx -> tx.outbox().markReleaseAndLook(List.of(), "a"));
    assertThat(events(claimAndRead("b", 10, Map.of()))).containsExactly(event);
    assertThat(claimAndRead("a", 10, Map.of())).isNull();
  }

  /**
   * A claim that had to wait for another dispatcher's transaction, which took the turn, delivered, marked and gave
   * the turn up, reads the outbox as that transaction left it: what it delivered does not go out twice.
   */
  @Test
  void aClaimThatWaitedForAnotherDispatchersTurnDoesNotReadWhatThatDelivered() throws Exception {
    assumeTrue(takesTurns(), "the store grants every claim");
    // the other dispatcher knows the events (they are its own, say): a store need not read them back
    Map<UUID, DomainEvent> known = new LinkedHashMap<>();
    twoChanges().forEach(e -> known.put(e.id(), e));
    CompletableFuture<@Nullable List<Entry>> waiting = new CompletableFuture<>();
    useWrite(tx -> {
      List<Entry> batch = Objects.requireNonNull(tx.outbox().claimAndRead("a", LEASE, 10, Map.of()));
      tx.outbox().markReleaseAndLook(sequences(batch), "a");
      // while this transaction holds the turn's row, another dispatcher claims it and waits for the commit
      Thread other = new Thread(() -> {
        try {
          waiting.complete(claimAndRead("b", 10, known));
        } catch (RuntimeException e) {
          waiting.completeExceptionally(e);
        }
      });
      other.start();
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });

    assertThat(waiting.get(10, TimeUnit.SECONDS)).isEmpty();
  }

  @Test
  void appendingNoEventsAppendsNothing() {
    useWrite(tx -> tx.outbox().append(List.of()));

    assertThat(pending(10)).isEmpty();
  }

  @Test
  void conversationCreatedRoundTrips() {
    World w = newWorld("Acme");
    assertRoundTrips(new ConversationCreated(uuid(1), Actor.contact(w.contact().id()), minutes(1), rich(w)));
  }

  @Test
  void conversationCreatedOfABareConversationRoundTrips() {
    World w = newWorld("Acme");
    assertRoundTrips(new ConversationCreated(uuid(1), Actor.system(), minutes(1), w.conversation()));
  }

  @Test
  void conversationUpdatedWithEveryKindOfChangeRoundTrips() {
    World w = newWorld("Acme");
    Conversation before = w.conversation();
    Conversation after = rich(w);
    // The shapes of the changes as ConversationCommands records them: codes as text, optionals unwrapped, sets.
    Map<String, Change> changes = new LinkedHashMap<>();
    changes.put("status", Change.of("open", "snoozed"));
    changes.put("snoozed_until", Change.of(null, after.snoozedUntil().orElseThrow()));
    changes.put("priority", Change.of("none", "urgent"));
    changes.put("assignee_id", Change.of(null, w.agent().id()));
    changes.put("team_id", Change.of(null, w.team().id()));
    changes.put("labels", Change.of(before.labels(), after.labels()));
    changes.put("participants", Change.of(Set.of(), new TreeSet<>(after.participants())));
    changes.put("waiting_since", Change.of(minutes(0), minutes(40)));
    changes.put("first_reply_created_at", Change.of(null, minutes(12)));
    changes.put("custom_attributes.plan", Change.of("Silver", "Gold ✨ Plus — Ünïcödé"));
    changes.put("custom_attributes.seats", Change.of(new BigDecimal("3"), new BigDecimal("12.50")));
    changes.put("custom_attributes.renewal", Change.of(null, LocalDate.of(2026, 12, 31)));
    changes.put("custom_attributes.vip", Change.of(Boolean.FALSE, Boolean.TRUE));
    changes.put("custom_attributes.legacy_id", Change.of("A-17", null));
    changes.put("additional_attributes.browser_language", Change.of(null, "de-DE"));

    assertRoundTrips(new ConversationUpdated(uuid(2), Actor.agent(w.agent().id()), minutes(2), after, changes));
  }

  @Test
  void conversationUpdatedWithoutChangesRoundTrips() {
    World w = newWorld("Acme");
    assertRoundTrips(new ConversationUpdated(uuid(2), Actor.automation(12), minutes(2), w.conversation(), Map.of()));
  }

  @Test
  void conversationStatusChangedRoundTrips() {
    World w = newWorld("Acme");
    Conversation resolved = w.conversation().toBuilder().status(ConversationStatus.RESOLVED).version(2).build();
    assertRoundTrips(new ConversationStatusChanged(uuid(3), Actor.bot(5), minutes(3), resolved,
        ConversationStatus.OPEN, ConversationStatus.RESOLVED));
  }

  @Test
  void assigneeChangedRoundTripsBothWays() {
    World w = newWorld("Acme");
    assertRoundTrips(new AssigneeChanged(uuid(4), Actor.system(), minutes(4), rich(w), Optional.empty(),
        Optional.of(w.agent().id())));
    markDispatched(pending(1).get(0).sequence());
    assertRoundTrips(new AssigneeChanged(uuid(5), Actor.agent(w.agent().id()), minutes(5), w.conversation(),
        Optional.of(w.agent().id()), Optional.empty()));
  }

  @Test
  void teamChangedRoundTrips() {
    World w = newWorld("Acme");
    assertRoundTrips(new TeamChanged(uuid(6), Actor.campaign(8), minutes(6), w.conversation(),
        Optional.of(w.team().id()), Optional.empty()));
  }

  @Test
  void labelAddedAndRemovedRoundTrip() {
    World w = newWorld("Acme");
    assertRoundTrips(new LabelAdded(uuid(7), Actor.automation(3), minutes(7), rich(w), "rückerstattung"));
    markDispatched(pending(1).get(0).sequence());
    assertRoundTrips(new LabelRemoved(uuid(8), Actor.agent(w.agent().id()), minutes(8), w.conversation(), "vip"));
  }

  @Test
  void messageCreatedRoundTrips() {
    World w = newWorld("Acme");
    Message message = new Message(MessageId.of(77), w.accountId(), w.conversation().id(), MessageType.OUTGOING,
        true, Actor.agent(w.agent().id()), "Interne Notiz für @Zoë: " + LONG_TEXT,
        Map.of("content_type", "text", "mentions", "[1,2]"), minutes(9));
    assertRoundTrips(new MessageCreated(uuid(9), message.sender(), minutes(9), rich(w), message));
  }

  @Test
  void notificationCreatedRoundTrips() {
    World w = newWorld("Acme");
    Notification notification = new Notification(NotificationId.of(55), w.accountId(), w.agent().id(),
        NotificationType.CONVERSATION_MENTION, w.conversation().id(), Optional.of(MessageId.of(77)),
        Actor.agent(w.agent().id()), "mention:77", minutes(10), Optional.empty());
    Notification read = new Notification(NotificationId.of(56), w.accountId(), w.agent().id(),
        NotificationType.CONVERSATION_ASSIGNED, w.conversation().id(), Optional.empty(), Actor.system(),
        "assignment:1", minutes(10), Optional.of(minutes(11)));
    assertRoundTrips(new NotificationCreated(uuid(10), Actor.agent(w.agent().id()), minutes(10), w.conversation(),
        notification));
    markDispatched(pending(1).get(0).sequence());
    assertRoundTrips(new NotificationCreated(uuid(11), Actor.system(), minutes(10), w.conversation(), read));
  }

  @Test
  void eventsOfEveryTypeInOneAppendKeepTheirOrder() {
    World w = newWorld("Acme");
    Conversation rich = rich(w);
    List<DomainEvent> appended = List.of(
        new ConversationCreated(uuid(1), Actor.contact(w.contact().id()), minutes(1), w.conversation()),
        new ConversationUpdated(uuid(2), Actor.system(), minutes(2), rich,
            Map.of("labels", Change.of(Set.of(), rich.labels()))),
        new ConversationStatusChanged(uuid(3), Actor.system(), minutes(2), rich, ConversationStatus.OPEN,
            ConversationStatus.SNOOZED),
        new AssigneeChanged(uuid(4), Actor.system(), minutes(2), rich, Optional.empty(),
            Optional.of(w.agent().id())),
        new TeamChanged(uuid(5), Actor.system(), minutes(2), rich, Optional.empty(), Optional.of(w.team().id())),
        new LabelAdded(uuid(6), Actor.system(), minutes(2), rich, "vip"),
        new LabelRemoved(uuid(7), Actor.system(), minutes(2), rich, "spam"));

    useWrite(tx -> tx.outbox().append(appended));

    assertThat(events(pending(100))).containsExactlyElementsOf(appended);
  }
}
