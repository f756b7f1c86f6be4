package io.konversio.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.account.AccountId;
import io.konversio.core.conversation.Conversations;
import io.konversio.core.duework.DueItem;
import io.konversio.core.store.memory.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** {@link Konversio#scheduleDueWork}: modules schedule their own timers for their registered kinds. */
class DueWorkSchedulingTest {
  private static final String KIND = "test.ping";
  private final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T10:00:00Z"));
  private final InMemoryStore store = InMemoryStore.create();
  private final List<String> ran = new CopyOnWriteArrayList<>();
  private final Konversio konversio = Konversio.builder().clock(clock).store(store)
      .dueWorkHandler(KIND, (k, item) -> ran.add(item.key() + "=" + item.payload()))
      .build();
  private final AccountId acme = konversio.accounts().create("Acme").id();

  @Test
  void scheduledItemRunsOnceWhenDue() {
    konversio.scheduleDueWork(acme, KIND, "ping:1", "hello", clock.instant().plusSeconds(30));
    assertThat(dueItems()).singleElement().satisfies(item -> {
      assertThat(item.accountId()).isEqualTo(acme);
      assertThat(item.kind()).isEqualTo(KIND);
      assertThat(item.attempts()).isZero();
    });

    clock.advance(Duration.ofSeconds(29));
    assertThat(konversio.runDueWork()).isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(konversio.runDueWork()).isEqualTo(1);
    assertThat(konversio.runDueWork()).isZero();
    assertThat(ran).containsExactly("ping:1=hello");
    assertThat(dueItems()).isEmpty();
  }

  @Test
  void schedulingTheSameKeyReplacesTheItem() {
    konversio.scheduleDueWork(acme, KIND, "ping:1", "first", clock.instant().plusSeconds(10));
    konversio.scheduleDueWork(acme, KIND, "ping:1", "second", clock.instant().plusSeconds(20));
    clock.advance(Duration.ofSeconds(20));
    konversio.runDueWork();
    assertThat(ran).containsExactly("ping:1=second");
  }

  @Test
  void aHandlerMayRescheduleItsOwnKey() {
    List<Instant> runs = new CopyOnWriteArrayList<>();
    Konversio k = Konversio.builder().clock(clock).dueWorkHandler(KIND, (self, item) -> {
      runs.add(self.clock().instant());
      if (runs.size() < 3) {
        self.scheduleDueWork(item.accountId(), KIND, item.key(), item.payload(), self.clock().instant().plusSeconds(60));
      }
    }).build();
    AccountId account = k.accounts().create("Acme").id();
    k.scheduleDueWork(account, KIND, "again", "", clock.instant());
    for (int i = 0; i < 5; i++) {
      k.runDueWork();
      clock.advance(Duration.ofSeconds(60));
    }
    Instant start = Instant.parse("2024-03-01T10:00:00Z");
    assertThat(runs).containsExactly(start, start.plusSeconds(60), start.plusSeconds(120));
  }

  @Test
  void kindWithoutRegisteredHandlerIsRejectedAndNothingIsScheduled() {
    assertThatThrownBy(() -> konversio.scheduleDueWork(acme, "test.unknown", "x:1", "", clock.instant()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("kind");
          assertThat(e.value()).contains("test.unknown");
        });
    assertThatThrownBy(() -> konversio.scheduleDueWork(acme, Conversations.SNOOZE_WAKEUP_KIND, "snooze:1", "1",
        clock.instant())).isInstanceOf(InvalidInputException.class);
    assertThat(dueItems()).isEmpty();
  }

  @Test
  void blankKeyIsRejected() {
    assertThatThrownBy(() -> konversio.scheduleDueWork(acme, KIND, " ", "", clock.instant()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("key"));
    assertThat(dueItems()).isEmpty();
  }

  @Test
  void unknownAccountIsRejected() {
    assertThatThrownBy(() -> konversio.scheduleDueWork(AccountId.of(999), KIND, "x:1", "", clock.instant()))
        .isInstanceOf(NotFoundException.class);
    assertThat(dueItems()).isEmpty();
  }

  private List<DueItem> dueItems() {
    return store.read(tx -> tx.dueWork().list());
  }
}
