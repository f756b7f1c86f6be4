package io.konversio.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Actor;
import io.konversio.core.Page;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.conversation.Message;
import io.konversio.core.notification.Notification;
import io.konversio.core.notification.NotificationId;
import io.konversio.core.notification.NotificationType;
import io.konversio.core.spi.StoreTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.konversio.core.spi.NotificationStore}. Subclass it with {@link #newStore()} returning
 * a fresh store of the implementation under test. Not thread-safe.
 */
public abstract class NotificationStoreContract extends StoreContractSupport {

  private static Notification notification(StoreTransaction tx, World w, AgentId agent, String dedupKey,
      Instant at, @Nullable Instant readAt) {
    return new Notification(NotificationId.of(tx.nextId("notification")), w.accountId(), agent,
        NotificationType.CONVERSATION_CREATED, w.conversation().id(), Optional.empty(), Actor.system(), dedupKey,
        at, Optional.ofNullable(readAt));
  }

  /** Stores a notification that must be new; returns it. */
  private Notification newNotification(World w, AgentId agent, String dedupKey, Instant at,
      @Nullable Instant readAt) {
    return write(tx -> {
      Notification n = notification(tx, w, agent, dedupKey, at, readAt);
      assertThat(tx.notifications().insertIfAbsent(n)).isTrue();
      return n;
    });
  }

  private Page<Notification> list(World w, AgentId agent, boolean unreadOnly, int page, int size) {
    return read(tx -> tx.notifications().list(w.accountId(), agent, unreadOnly, page, size));
  }

  @Test
  void everyTypeRoundTripsWithAndWithoutMessageAndReadTime() {
    World w = newWorld("Acme");
    Message message = newMessage(w.conversation(), "@Zoë bitte übernehmen", minutes(1));
    List<Notification> inserted = write(tx -> {
      List<Notification> all = new ArrayList<>();
      for (NotificationType type : NotificationType.values()) {
        int n = all.size();
        Notification notification = new Notification(NotificationId.of(tx.nextId("notification")), w.accountId(),
            w.agent().id(), type, w.conversation().id(), n % 2 == 0 ? Optional.of(message.id()) : Optional.empty(),
            n % 2 == 0 ? Actor.contact(w.contact().id()) : Actor.agent(w.agent().id()), type.code() + ":ключ:" + n,
            minutes(10 + n), n % 3 == 0 ? Optional.of(minutes(20 + n)) : Optional.empty());
        assertThat(tx.notifications().insertIfAbsent(notification)).isTrue();
        all.add(notification);
      }
      return all;
    });

    for (Notification n : inserted) {
      Optional<Notification> found = read(tx -> tx.notifications().find(w.accountId(), n.id()));
      assertThat(found).contains(n);
    }
  }

  @Test
  void insertIfAbsentIgnoresASecondNotificationWithTheSameAgentAndDedupKey() {
    World w = newWorld("Acme");
    Notification first = newNotification(w, w.agent().id(), "message:42", minutes(1), null);

    boolean stored = write(tx -> tx.notifications().insertIfAbsent(
        notification(tx, w, w.agent().id(), "message:42", minutes(2), null)));

    Page<Notification> all = list(w, w.agent().id(), false, 0, 10);
    assertThat(stored).isFalse();
    assertThat(all.items()).containsExactly(first);
  }

  @Test
  void insertIfAbsentIgnoresTheDuplicateEvenWhenTheFirstWasRead() {
    World w = newWorld("Acme");
    Notification first = newNotification(w, w.agent().id(), "mention:7", minutes(1), minutes(2));

    boolean stored = write(tx -> tx.notifications().insertIfAbsent(
        notification(tx, w, w.agent().id(), "mention:7", minutes(3), null)));

    long unread = read(tx -> tx.notifications().countUnread(w.accountId(), w.agent().id()));
    assertThat(stored).isFalse();
    assertThat(list(w, w.agent().id(), false, 0, 10).items()).containsExactly(first);
    assertThat(unread).isZero();
  }

  @Test
  void theSameDedupKeyIsStoredOncePerAgent() {
    World w = newWorld("Acme");
    Agent bob = newAgent(w.accountId(), "Bob", w.inbox());
    Notification forZoe = newNotification(w, w.agent().id(), "message:42", minutes(1), null);

    Notification forBob = newNotification(w, bob.id(), "message:42", minutes(1), null);

    assertThat(list(w, w.agent().id(), false, 0, 10).items()).containsExactly(forZoe);
    assertThat(list(w, bob.id(), false, 0, 10).items()).containsExactly(forBob);
  }

  @Test
  void aDuplicateInARolledBackTransactionLeavesTheKeyFree() {
    World w = newWorld("Acme");
    RuntimeException failure = new IllegalStateException("boom");

    assertThatThrownBy(() -> useWrite(tx -> {
      tx.notifications().insertIfAbsent(notification(tx, w, w.agent().id(), "message:1", minutes(1), null));
      throw failure;
    })).isSameAs(failure);
    Notification again = newNotification(w, w.agent().id(), "message:1", minutes(2), null);

    assertThat(list(w, w.agent().id(), false, 0, 10).items()).containsExactly(again);
  }

  @Test
  void updateMarksANotificationRead() {
    World w = newWorld("Acme");
    Notification n = newNotification(w, w.agent().id(), "message:1", minutes(1), null);
    Notification marked = n.markedRead(minutes(5));

    useWrite(tx -> tx.notifications().update(marked));

    Optional<Notification> found = read(tx -> tx.notifications().find(w.accountId(), n.id()));
    long unread = read(tx -> tx.notifications().countUnread(w.accountId(), w.agent().id()));
    assertThat(found).contains(marked);
    assertThat(unread).isZero();
  }

  @Test
  void updatingAnUnknownNotificationThrowsAndStoresNothing() {
    World w = newWorld("Acme");
    Notification ghost = new Notification(NotificationId.of(919_191), w.accountId(), w.agent().id(),
        NotificationType.CONVERSATION_ASSIGNED, w.conversation().id(), Optional.empty(), Actor.system(), "ghost",
        T0, Optional.empty());

    assertThatThrownBy(() -> useWrite(tx -> tx.notifications().update(ghost))).isInstanceOf(RuntimeException.class);

    assertThat(list(w, w.agent().id(), false, 0, 10).total()).isZero();
  }

  @Test
  void listIsNewestFirstWithTiesByIdHighestFirst() {
    World w = newWorld("Acme");
    AgentId zoe = w.agent().id();
    Notification oldest = newNotification(w, zoe, "a", minutes(1), null);
    Notification newest = newNotification(w, zoe, "b", minutes(9), null);
    Notification tieLow = newNotification(w, zoe, "c", minutes(5), null);
    Notification tieHigh = newNotification(w, zoe, "d", minutes(5), null);

    Page<Notification> page = list(w, zoe, false, 0, 10);

    assertThat(page).isEqualTo(new Page<>(List.of(newest, tieHigh, tieLow, oldest), 0, 10, 4));
  }

  @Test
  void unreadOnlyLeavesOutTheReadOnes() {
    World w = newWorld("Acme");
    AgentId zoe = w.agent().id();
    Notification unreadOld = newNotification(w, zoe, "a", minutes(1), null);
    newNotification(w, zoe, "b", minutes(2), minutes(3));
    Notification unreadNew = newNotification(w, zoe, "c", minutes(4), null);

    Page<Notification> page = list(w, zoe, true, 0, 10);

    assertThat(page).isEqualTo(new Page<>(List.of(unreadNew, unreadOld), 0, 10, 2));
  }

  @Test
  void listPagesThroughTheNotifications() {
    World w = newWorld("Acme");
    AgentId zoe = w.agent().id();
    List<Notification> newestFirst = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      newestFirst.add(0, newNotification(w, zoe, "n" + i, minutes(i), i == 2 ? minutes(10) : null));
    }

    Page<Notification> second = list(w, zoe, false, 1, 2);
    Page<Notification> last = list(w, zoe, false, 2, 2);
    Page<Notification> past = list(w, zoe, false, 3, 2);
    Page<Notification> unreadSecond = list(w, zoe, true, 1, 3);

    assertThat(second).isEqualTo(new Page<>(newestFirst.subList(2, 4), 1, 2, 5));
    assertThat(last).isEqualTo(new Page<>(newestFirst.subList(4, 5), 2, 2, 5));
    assertThat(past).isEqualTo(new Page<Notification>(List.of(), 3, 2, 5));
    assertThat(unreadSecond).isEqualTo(new Page<>(List.of(newestFirst.get(4)), 1, 3, 4));
  }

  @Test
  void listAndCountUnreadKeepToTheAgentAndTheAccount() {
    World acme = newWorld("Acme");
    World globex = newWorld("Globex");
    Agent bob = newAgent(acme.accountId(), "Bob", acme.inbox());
    Notification zoes = newNotification(acme, acme.agent().id(), "a", minutes(1), null);
    newNotification(acme, acme.agent().id(), "b", minutes(2), minutes(3));
    newNotification(acme, bob.id(), "a", minutes(1), null);
    newNotification(globex, globex.agent().id(), "a", minutes(1), null);

    Page<Notification> unread = list(acme, acme.agent().id(), true, 0, 10);
    long count = read(tx -> tx.notifications().countUnread(acme.accountId(), acme.agent().id()));
    Page<Notification> asGlobex = list(globex, acme.agent().id(), false, 0, 10);
    long countAsGlobex = read(tx -> tx.notifications().countUnread(globex.accountId(), acme.agent().id()));

    assertThat(unread.items()).containsExactly(zoes);
    assertThat(count).isEqualTo(1);
    assertThat(asGlobex.total()).isZero();
    assertThat(countAsGlobex).isZero();
  }

  @Test
  void findWithAnotherAccountIsEmpty() {
    World acme = newWorld("Acme");
    World globex = newWorld("Globex");
    Notification n = newNotification(acme, acme.agent().id(), "a", minutes(1), null);

    Optional<Notification> found = read(tx -> tx.notifications().find(globex.accountId(), n.id()));

    assertThat(found).isEmpty();
  }
}
