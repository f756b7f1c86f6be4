package io.konversio.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.konversio.core.account.Account;
import io.konversio.core.account.AccountId;
import io.konversio.core.duework.DueItem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.konversio.core.spi.DueWorkStore}: scheduling by key, claims with leases, completion,
 * retry and cancellation, and claims by concurrent threads that never hand out an item twice. Subclass it with
 * {@link #newStore()} returning a fresh store of the implementation under test. Not thread-safe.
 */
public abstract class DueWorkStoreContract extends StoreContractSupport {
  private static final Duration LEASE = Duration.ofMinutes(5);

  private AccountId account;

  @BeforeEach
  protected final void createAccount() {
    account = newAccount("Acme").id();
  }

  private DueItem item(String key, Instant dueAt) {
    return new DueItem(0, account, "conversation.snooze_wakeup", key, "{\"conversation\":42}", dueAt, 0);
  }

  private void schedule(DueItem... items) {
    useWrite(tx -> {
      for (DueItem item : items) {
        tx.dueWork().schedule(item);
      }
    });
  }

  private List<DueItem> list() {
    return read(tx -> tx.dueWork().list());
  }

  private List<DueItem> claim(Instant now, int limit) {
    return write(tx -> tx.dueWork().claim(now, limit, LEASE));
  }

  private List<String> claimKeys(Instant now, int limit) {
    return claim(now, limit).stream().map(DueItem::key).toList();
  }

  /** The item as the store holds it: with the id it assigned. */
  private static DueItem withId(DueItem item, long id) {
    return new DueItem(id, item.accountId(), item.kind(), item.key(), item.payload(), item.dueAt(), item.attempts());
  }

  @Test
  void aScheduledItemIsListedWithAnIdOfTheStoreAndItsFieldsKept() {
    DueItem item = new DueItem(987_654, account, "campaign.one_off", "campaign:7:contact:9",
        "{\"greeting\":\"Grüß Gott 👋\",\"text\":\"" + LONG_TEXT.replace("\n", " ") + "\"}", minutes(30), 2);

    schedule(item);

    List<DueItem> listed = list();
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0)).isEqualTo(withId(item, listed.get(0).id()));
  }

  @Test
  void schedulingTheSameKeyReplacesTheItemWithANewId() {
    schedule(item("snooze:42", minutes(10)));
    DueItem first = list().get(0);
    DueItem replacement = new DueItem(0, account, "conversation.snooze_wakeup", "snooze:42", "{\"v\":2}",
        minutes(60), 0);

    schedule(replacement);

    List<DueItem> listed = list();
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).id()).isGreaterThan(first.id());
    assertThat(listed.get(0)).isEqualTo(withId(replacement, listed.get(0).id()));
  }

  @Test
  void listIsOrderedByDueTimeThenId() {
    schedule(item("c", minutes(30)), item("a", minutes(10)), item("b", minutes(30)), item("d", minutes(20)));

    assertThat(list()).extracting(DueItem::key).containsExactly("a", "d", "c", "b");
  }

  @Test
  void claimReturnsOnlyItemsDueAtOrBeforeNow() {
    schedule(item("past", minutes(-1)), item("now", minutes(0)), item("future", minutes(0).plusNanos(1000)));

    assertThat(claimKeys(minutes(0), 10)).containsExactly("past", "now");
  }

  @Test
  void claimReturnsTheOldestFirstUpToTheLimit() {
    schedule(item("third", minutes(3)), item("first", minutes(1)), item("tie-a", minutes(2)),
        item("tie-b", minutes(2)));

    assertThat(claimKeys(minutes(10), 3)).containsExactly("first", "tie-a", "tie-b");
    assertThat(claimKeys(minutes(10), 3)).containsExactly("third");
  }

  @Test
  void claimingChangesNothingButVisibility() {
    schedule(item("snooze:1", minutes(1)));
    DueItem scheduled = list().get(0);

    List<DueItem> claimed = claim(minutes(2), 10);

    assertThat(claimed).containsExactly(scheduled);
    assertThat(list()).containsExactly(scheduled);
  }

  @Test
  void aClaimedItemIsHiddenFromOtherClaimsUntilTheLeaseEnds() {
    schedule(item("snooze:1", minutes(1)));
    claim(minutes(2), 10);

    List<DueItem> duringLease = claim(minutes(2).plus(LEASE).minusSeconds(1), 10);
    List<DueItem> atLeaseEnd = claim(minutes(2).plus(LEASE), 10);

    assertThat(duringLease).isEmpty();
    assertThat(atLeaseEnd).extracting(DueItem::key).containsExactly("snooze:1");
  }

  @Test
  void completeRemovesTheClaimedItem() {
    schedule(item("snooze:1", minutes(1)), item("snooze:2", minutes(1)));
    DueItem claimed = claim(minutes(2), 1).get(0);

    useWrite(tx -> tx.dueWork().complete(claimed));

    assertThat(list()).extracting(DueItem::key).containsExactly("snooze:2");
    assertThat(claimKeys(minutes(60), 10)).containsExactly("snooze:2");
  }

  @Test
  void completeLeavesAReplacementScheduledSinceTheClaim() {
    schedule(item("snooze:1", minutes(1)));
    DueItem claimed = claim(minutes(2), 1).get(0);
    schedule(item("snooze:1", minutes(90)));

    useWrite(tx -> tx.dueWork().complete(claimed));

    assertThat(list()).extracting(DueItem::key, DueItem::dueAt)
        .containsExactly(tuple("snooze:1", minutes(90)));
  }

  @Test
  void aReplacementIsClaimableAtItsOwnDueTimeEvenDuringTheOldLease() {
    schedule(item("snooze:1", minutes(1)));
    claim(minutes(2), 1);
    schedule(item("snooze:1", minutes(3)));

    assertThat(claimKeys(minutes(3), 10)).containsExactly("snooze:1");
  }

  @Test
  void retryBumpsTheAttemptsAndTheDueTimeAndKeepsTheId() {
    schedule(item("webhook:9", minutes(1)));
    DueItem claimed = claim(minutes(2), 1).get(0);

    useWrite(tx -> tx.dueWork().retry(claimed, minutes(4)));

    DueItem retried = list().get(0);
    assertThat(retried).isEqualTo(new DueItem(claimed.id(), account, claimed.kind(), claimed.key(),
        claimed.payload(), minutes(4), 1));
    assertThat(claim(minutes(4).minusSeconds(1), 10)).isEmpty();
    assertThat(claim(minutes(4), 10)).containsExactly(retried);
  }

  @Test
  void retryAfterRetryCountsEveryAttempt() {
    schedule(item("webhook:9", minutes(1)));
    for (int attempt = 1; attempt <= 3; attempt++) {
      DueItem claimed = claim(minutes(10L * attempt), 1).get(0);
      useWrite(tx -> tx.dueWork().retry(claimed, claimed.dueAt().plusSeconds(60)));
    }

    assertThat(list()).extracting(DueItem::attempts).containsExactly(3);
  }

  @Test
  void retryOfAReplacedItemDoesNothing() {
    schedule(item("snooze:1", minutes(1)));
    DueItem claimed = claim(minutes(2), 1).get(0);
    schedule(item("snooze:1", minutes(90)));
    DueItem replacement = list().get(0);

    useWrite(tx -> tx.dueWork().retry(claimed, minutes(4)));

    assertThat(list()).containsExactly(replacement);
  }

  @Test
  void cancelRemovesTheItemAndLeavesTheOthers() {
    schedule(item("snooze:1", minutes(1)), item("snooze:2", minutes(2)));

    useWrite(tx -> tx.dueWork().cancel("snooze:1"));

    assertThat(list()).extracting(DueItem::key).containsExactly("snooze:2");
  }

  @Test
  void cancelOfAnUnknownKeyDoesNothing() {
    schedule(item("snooze:1", minutes(1)));

    useWrite(tx -> tx.dueWork().cancel("snooze:404"));

    assertThat(list()).extracting(DueItem::key).containsExactly("snooze:1");
  }

  @Test
  void completeAndRetryOfACancelledItemDoNothing() {
    schedule(item("snooze:1", minutes(1)));
    DueItem claimed = claim(minutes(2), 1).get(0);
    useWrite(tx -> tx.dueWork().cancel("snooze:1"));

    useWrite(tx -> {
      tx.dueWork().retry(claimed, minutes(4));
      tx.dueWork().complete(claimed);
    });

    assertThat(list()).isEmpty();
  }

  @Test
  void keysAreUniqueAcrossAccounts() {
    Account globex = newAccount("Globex");
    schedule(item("campaign:1", minutes(1)));

    schedule(new DueItem(0, globex.id(), "campaign.one_off", "campaign:1", "", minutes(2), 0));

    assertThat(list()).extracting(DueItem::accountId, DueItem::payload)
        .containsExactly(tuple(globex.id(), ""));
  }

  @Test
  void concurrentClaimsNeverHandOutAnItemTwice() throws Exception {
    int itemCount = 200;
    int threads = 4;
    useWrite(tx -> {
      for (int i = 0; i < itemCount; i++) {
        tx.dueWork().schedule(item("item:" + i, minutes(i % 7)));
      }
    });
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          start.await();
          List<String> mine = new ArrayList<>();
          while (true) {
            List<String> batch = claimKeys(minutes(10), 3);
            if (batch.isEmpty()) {
              return mine;
            }
            mine.addAll(batch);
          }
        }));
      }
      start.countDown();
      List<String> all = new ArrayList<>();
      for (Future<List<String>> result : results) {
        all.addAll(result.get(60, TimeUnit.SECONDS));
      }
      Set<String> distinct = new HashSet<>(all);

      assertThat(all).hasSize(itemCount);
      assertThat(distinct).hasSize(itemCount);
    } finally {
      pool.shutdownNow();
    }
  }
}
