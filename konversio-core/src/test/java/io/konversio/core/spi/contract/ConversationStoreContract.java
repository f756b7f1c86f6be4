package io.konversio.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Priority;
import io.konversio.core.conversation.StaleConversationException;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.search.ConversationQuery;
import io.konversio.core.spi.ConversationStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.konversio.core.spi.ConversationStore} for storing conversations: round trips, display
 * ids, optimistic locking and open counts. {@link ConversationQueryContract} covers queries and counts. Subclass it
 * with {@link #newStore()} returning a fresh store of the implementation under test. Not thread-safe.
 */
public abstract class ConversationStoreContract extends StoreContractSupport {

  private Optional<Conversation> find(World w, Conversation c) {
    return read(tx -> tx.conversations().find(w.accountId(), c.id()));
  }

  private void update(Conversation changed, long expectedVersion) {
    useWrite(tx -> tx.conversations().update(changed, expectedVersion));
  }

  @Test
  void aConversationWithEveryFieldSetRoundTrips() {
    World w = newWorld("Acme");
    Conversation rich = newConversation(w.inbox(), w.contact(), b -> enriched(b.build(), w.agent(), w.team())
        .toBuilder());

    assertThat(find(w, rich)).contains(rich);
    assertThat(find(w, rich).orElseThrow().customAttributes())
        .containsEntry("seats", new BigDecimal("12.50"))
        .containsEntry("renewal", LocalDate.of(2026, 12, 31))
        .containsEntry("vip", Boolean.TRUE);
  }

  @Test
  void aConversationWithNoOptionalFieldSetRoundTrips() {
    World w = newWorld("Acme");
    Conversation bare = newConversation(w.inbox(), w.contact(), b -> b.waitingSince(Optional.empty()));

    assertThat(find(w, bare)).contains(bare);
  }

  @Test
  void everyStatusAndPriorityRoundTrips() {
    World w = newWorld("Acme");
    List<Conversation> stored = new ArrayList<>();
    for (ConversationStatus status : ConversationStatus.values()) {
      for (Priority priority : Priority.values()) {
        stored.add(newConversation(w.inbox(), w.contact(), b -> b.status(status).priority(priority)));
      }
    }

    for (Conversation c : stored) {
      assertThat(find(w, c)).contains(c);
    }
  }

  @Test
  void aConversationIsFoundByItsDisplayIdWithinItsAccount() {
    World acme = newWorld("Acme");
    World globex = newWorld("Globex");
    Conversation second = newConversation(acme.inbox(), acme.contact());

    Optional<Conversation> found = read(tx -> tx.conversations().findByDisplayId(acme.accountId(), 2));
    Optional<Conversation> globexFirst = read(tx -> tx.conversations().findByDisplayId(globex.accountId(), 1));
    Optional<Conversation> globexSecond = read(tx -> tx.conversations().findByDisplayId(globex.accountId(), 2));

    assertThat(second.displayId()).isEqualTo(2);
    assertThat(found).contains(second);
    assertThat(globexFirst).contains(globex.conversation());
    assertThat(globexSecond).isEmpty();
  }

  @Test
  void displayIdsCountOneTwoThreePerAccount() {
    World acme = newWorld("Acme");
    World globex = newWorld("Globex");

    long acme2 = write(tx -> tx.conversations().nextDisplayId(acme.accountId()));
    long acme3 = write(tx -> tx.conversations().nextDisplayId(acme.accountId()));
    long globex2 = write(tx -> tx.conversations().nextDisplayId(globex.accountId()));
    List<Long> inOneTransaction = write(tx -> List.of(tx.conversations().nextDisplayId(acme.accountId()),
        tx.conversations().nextDisplayId(acme.accountId())));

    assertThat(acme.conversation().displayId()).isEqualTo(1);
    assertThat(globex.conversation().displayId()).isEqualTo(1);
    assertThat(List.of(acme2, acme3, globex2)).containsExactly(2L, 3L, 2L);
    assertThat(inOneTransaction).containsExactly(4L, 5L);
  }

  @Test
  void aRolledBackDisplayIdIsNeverRepeatedAfterCommittedOnes() {
    World w = newWorld("Acme");
    long committed = write(tx -> tx.conversations().nextDisplayId(w.accountId()));
    assertThatThrownBy(() -> useWrite(tx -> {
      tx.conversations().nextDisplayId(w.accountId());
      throw new IllegalStateException("rolled back");
    })).hasMessage("rolled back");

    long next = write(tx -> tx.conversations().nextDisplayId(w.accountId()));

    assertThat(next).isGreaterThan(committed);
  }

  @Test
  void updateWithTheStoredVersionReplacesTheConversation() {
    World w = newWorld("Acme");
    Conversation changed = enriched(w.conversation(), w.agent(), w.team()).toBuilder().version(2).build();

    update(changed, 1);

    assertThat(find(w, w.conversation())).contains(changed);
  }

  @Test
  void updateCanClearEveryOptionalField() {
    World w = newWorld("Acme");
    Conversation rich = newConversation(w.inbox(), w.contact(), b -> enriched(b.build(), w.agent(), w.team())
        .toBuilder());
    Conversation cleared = rich.toBuilder().status(ConversationStatus.OPEN).assigneeId(Optional.empty())
        .teamId(Optional.empty()).labels(Set.of()).customAttributes(Map.of()).additionalAttributes(Map.of())
        .participants(Set.of()).snoozedUntil(Optional.empty()).firstReplyAt(Optional.empty())
        .waitingSince(Optional.empty()).version(rich.version() + 1).build();

    update(cleared, rich.version());

    assertThat(find(w, rich)).contains(cleared);
  }

  @Test
  void successiveUpdatesEachNeedTheVersionBefore() {
    World w = newWorld("Acme");
    Conversation c = w.conversation();
    for (int v = 1; v <= 5; v++) {
      update(c.toBuilder().priority(Priority.values()[v % Priority.values().length]).version(v + 1).build(), v);
    }

    assertThat(find(w, c)).map(Conversation::version).contains(6L);
  }

  @Test
  void aStaleUpdateThrowsAndWritesNothing() {
    World w = newWorld("Acme");
    Conversation v2 = w.conversation().toBuilder().priority(Priority.HIGH).version(2).build();
    update(v2, 1);
    Conversation basedOnV1 = w.conversation().toBuilder().status(ConversationStatus.RESOLVED).version(2).build();

    assertThatThrownBy(() -> update(basedOnV1, 1))
        .isInstanceOfSatisfying(StaleConversationException.class, e -> {
          assertThat(e.conversationId()).isEqualTo(w.conversation().id());
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isIn(2L, -1L);
        });

    assertThat(find(w, w.conversation())).contains(v2);
  }

  @Test
  void findAllForUpdateReadsTheAccountsConversationsOnly() {
    World w = newWorld("Acme");
    World other = newWorld("Globex");
    Conversation second = newConversation(w.inbox(), w.contact());

    Map<ConversationId, Conversation> found = write(tx -> tx.conversations().findAllForUpdate(w.accountId(),
        List.of(second.id(), w.conversation().id(), other.conversation().id(), ConversationId.of(909_090),
            second.id())));

    assertThat(found).containsOnlyKeys(w.conversation().id(), second.id());
    assertThat(found.get(second.id())).isEqualTo(stored(second));
    assertThat(found.get(w.conversation().id())).isEqualTo(stored(w.conversation()));
  }

  @Test
  void updateAllWritesEveryConversationAsUpdateWould() {
    World w = newWorld("Acme");
    List<Conversation> cs = List.of(w.conversation(), newConversation(w.inbox(), w.contact()),
        newConversation(w.inbox(), w.contact()));
    List<Conversation> next = new ArrayList<>();
    for (int i = 0; i < cs.size(); i++) {
      Conversation c = stored(cs.get(i));
      next.add(c.toBuilder().priority(Priority.values()[(i + 1) % Priority.values().length])
          .labels(Set.of("vip-" + i, "billing")).customAttributes(EVERY_ATTRIBUTE_TYPE).version(c.version() + 3)
          .build());
    }

    useWrite(tx -> tx.conversations().updateAll(next.stream()
        .map(c -> new ConversationStore.VersionedUpdate(c, c.version() - 3)).toList()));

    for (Conversation c : next) {
      assertThat(find(w, c)).contains(c);
    }
    List<Conversation> vip = read(tx -> tx.conversations().query(w.accountId(),
        ConversationQuery.builder().labelsAll("vip-1", "billing").build(),
        Optional.empty()).items());
    assertThat(vip).extracting(Conversation::id).containsExactly(next.get(1).id());
  }

  @Test
  void updateAllWithOneStaleConversationThrowsAndTheTransactionWritesNothing() {
    World w = newWorld("Acme");
    Conversation fresh = stored(newConversation(w.inbox(), w.contact()));
    update(w.conversation().toBuilder().priority(Priority.HIGH).version(2).build(), 1);
    Conversation stale = w.conversation().toBuilder().status(ConversationStatus.RESOLVED).version(2).build();
    Conversation ok = fresh.toBuilder().status(ConversationStatus.PENDING).version(fresh.version() + 1).build();

    assertThatThrownBy(() -> useWrite(tx -> tx.conversations().updateAll(List.of(
        new ConversationStore.VersionedUpdate(ok, fresh.version()),
        new ConversationStore.VersionedUpdate(stale, 1)))))
        .isInstanceOfSatisfying(StaleConversationException.class,
            e -> assertThat(e.conversationId()).isEqualTo(w.conversation().id()));

    assertThat(find(w, fresh)).contains(fresh);
    assertThat(find(w, w.conversation())).map(Conversation::priority).contains(Priority.HIGH);
  }

  @Test
  void anUpdateExpectingAVersionAheadOfTheStoredOneIsStale() {
    World w = newWorld("Acme");
    Conversation future = w.conversation().toBuilder().status(ConversationStatus.PENDING).version(9).build();

    assertThatThrownBy(() -> update(future, 8)).isInstanceOf(StaleConversationException.class);

    assertThat(find(w, w.conversation())).contains(w.conversation());
  }

  @Test
  void aStaleUpdateCaughtInsideTheTransactionLeavesTheRestToCommit() {
    World w = newWorld("Acme");
    update(w.conversation().toBuilder().version(2).build(), 1);
    Conversation other = write(tx -> conversation(tx, w.inbox(), w.contact()));

    boolean stale = write(tx -> {
      tx.conversations().insert(other);
      try {
        tx.conversations().update(w.conversation().toBuilder().priority(Priority.LOW).version(2).build(), 1);
        return false;
      } catch (StaleConversationException e) {
        return tx.conversations().find(w.accountId(), w.conversation().id()).orElseThrow().version() == 2;
      }
    });

    assertThat(stale).isTrue();
    assertThat(find(w, other)).contains(other);
    assertThat(find(w, w.conversation())).map(Conversation::priority).contains(Priority.NONE);
  }

  @Test
  void updatingAnUnknownConversationThrowsAndStoresNothing() {
    World w = newWorld("Acme");
    Conversation ghost = w.conversation().toBuilder().id(ConversationId.of(606_060)).version(2).build();

    assertThatThrownBy(() -> update(ghost, 1)).isInstanceOf(RuntimeException.class)
        .isNotInstanceOf(StaleConversationException.class);

    assertThat(find(w, ghost)).isEmpty();
  }

  @Test
  void updatingAConversationAsAnotherAccountThrowsAndChangesNothing() {
    World acme = newWorld("Acme");
    World globex = newWorld("Globex");
    Conversation hijacked = acme.conversation().toBuilder().accountId(globex.accountId())
        .status(ConversationStatus.RESOLVED).version(2).build();

    assertThatThrownBy(() -> update(hijacked, 1)).isInstanceOf(RuntimeException.class)
        .isNotInstanceOf(StaleConversationException.class);

    Optional<Conversation> asGlobex = read(tx -> tx.conversations().find(globex.accountId(), acme.conversation().id()));
    assertThat(find(acme, acme.conversation())).contains(acme.conversation());
    assertThat(asGlobex).isEmpty();
  }

  @Test
  void concurrentUpdatesFromTheSameVersionLetExactlyOneWin() throws Exception {
    World w = newWorld("Acme");
    int threads = 6;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Conversation mine = w.conversation().toBuilder().customAttributes(Map.of("winner", "thread " + t))
            .version(2).build();
        results.add(pool.submit(() -> {
          start.await();
          try {
            update(mine, 1);
            return true;
          } catch (StaleConversationException e) {
            return false;
          }
        }));
      }
      start.countDown();
      int winners = 0;
      for (Future<Boolean> result : results) {
        winners += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
      }

      Conversation stored = stored(w.conversation());
      assertThat(winners).isEqualTo(1);
      assertThat(stored.version()).isEqualTo(2);
      assertThat(stored.customAttributes()).containsKey("winner");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void insertingAnExistingIdThrowsAndKeepsTheStoredConversation() {
    World w = newWorld("Acme");
    Conversation sameId = w.conversation().toBuilder().displayId(99).status(ConversationStatus.RESOLVED).build();

    assertThatThrownBy(() -> useWrite(tx -> tx.conversations().insert(sameId))).isInstanceOf(RuntimeException.class);

    assertThat(find(w, w.conversation())).contains(w.conversation());
  }

  @Test
  void findWithAnotherAccountIsEmpty() {
    World acme = newWorld("Acme");
    World globex = newWorld("Globex");

    Optional<Conversation> found = read(tx -> tx.conversations().find(globex.accountId(), acme.conversation().id()));
    Optional<Conversation> byDisplayId = read(tx -> tx.conversations().findByDisplayId(globex.accountId(), 2));

    assertThat(found).isEmpty();
    assertThat(byDisplayId).isEmpty();
  }

  @Test
  void openCountsByAssigneeCountOnlyOpenConversationsOfTheInbox() {
    World w = newWorld("Acme");
    Inbox web = newInbox(w.accountId(), "Web", ChannelType.WEBSITE);
    Agent bob = newAgent(w.accountId(), "Bob", w.inbox(), web);
    Agent carol = newAgent(w.accountId(), "Carol", w.inbox());
    AgentId zoe = w.agent().id();
    for (int i = 0; i < 3; i++) {
      newConversation(w.inbox(), w.contact(), b -> b.assigneeId(Optional.of(zoe)));
    }
    newConversation(w.inbox(), w.contact(), b -> b.assigneeId(Optional.of(bob.id())));
    newConversation(web, w.contact(), b -> b.assigneeId(Optional.of(bob.id())));
    for (ConversationStatus notOpen : List.of(ConversationStatus.PENDING, ConversationStatus.RESOLVED,
        ConversationStatus.SNOOZED)) {
      newConversation(w.inbox(), w.contact(), b -> b.status(notOpen).assigneeId(Optional.of(carol.id())));
    }

    Map<AgentId, Long> counts = read(tx -> tx.conversations().openCountsByAssignee(w.accountId(), w.inbox().id()));

    assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(zoe, 3L, bob.id(), 1L));
  }

  @Test
  void openCountsByAssigneeFollowUpdates() {
    World w = newWorld("Acme");
    AgentId zoe = w.agent().id();
    Conversation c = newConversation(w.inbox(), w.contact(), b -> b.assigneeId(Optional.of(zoe)));

    update(c.toBuilder().status(ConversationStatus.RESOLVED).version(2).build(), 1);

    Map<AgentId, Long> counts = read(tx -> tx.conversations().openCountsByAssignee(w.accountId(), w.inbox().id()));
    assertThat(counts).isEmpty();
  }

  @Test
  void openCountsByAssigneeKeepToTheAccount() {
    World acme = newWorld("Acme");
    World globex = newWorld("Globex");
    newConversation(acme.inbox(), acme.contact(), b -> b.assigneeId(Optional.of(acme.agent().id())));

    Map<AgentId, Long> counts =
        read(tx -> tx.conversations().openCountsByAssignee(globex.accountId(), acme.inbox().id()));

    assertThat(counts).isEmpty();
  }
}
