package io.konversio.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Actor;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.AttributeType;
import io.konversio.core.event.ConversationStatusChanged;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Versions guard read-modify-write against lost updates, alone and under many threads. */
class OptimisticLockingTest {
  private static final String COUNTER = "counter";

  private final LifecycleFixture f = new LifecycleFixture();
  private final Conversations conversations = f.conversations();
  private final Actor alice = LifecycleFixture.actor(f.agent);

  @Test
  void updateWithTheCurrentVersionSucceedsAndIncrementsIt() {
    Conversation c = f.newConversation();

    Conversation updated = conversations.update(c.id(), c.version(),
        ConversationUpdate.builder().priority(Priority.HIGH).build(), alice);

    assertThat(updated.priority()).isEqualTo(Priority.HIGH);
    assertThat(updated.version()).isEqualTo(c.version() + 1);
  }

  @Test
  void updateWithAStaleVersionIsRejectedAndChangesNothing() {
    Conversation read = f.newConversation();
    Conversation newer = conversations.setPriority(read.id(), Priority.LOW, alice);
    int events = f.events.size();

    assertThatThrownBy(() -> conversations.update(read.id(), read.version(),
        ConversationUpdate.builder().priority(Priority.URGENT).build(), alice))
        .isInstanceOfSatisfying(StaleConversationException.class, e -> {
          assertThat(e.conversationId()).isEqualTo(read.id());
          assertThat(e.expectedVersion()).isEqualTo(read.version());
          assertThat(e.actualVersion()).isEqualTo(newer.version());
        });
    assertThat(conversations.get(read.id())).isEqualTo(newer);
    assertThat(f.events).hasSize(events);
  }

  @Test
  void updateWithAVersionFromTheFutureIsRejected() {
    Conversation c = f.newConversation();

    assertThatThrownBy(() -> conversations.update(c.id(), c.version() + 1,
        ConversationUpdate.builder().priority(Priority.HIGH).build(), alice))
        .isInstanceOf(StaleConversationException.class);
    assertThat(conversations.get(c.id())).isEqualTo(c);
  }

  @Test
  void updateThatChangesNothingKeepsTheVersionButStillChecksIt() {
    Conversation c = f.newConversation();
    ConversationUpdate reopen = ConversationUpdate.builder().status(ConversationStatus.OPEN).build();

    assertThat(conversations.update(c.id(), c.version(), reopen, alice)).isEqualTo(c);
    assertThatThrownBy(() -> conversations.update(c.id(), c.version() - 1, reopen, alice))
        .isInstanceOf(StaleConversationException.class);
  }

  @Test
  void retryOnStaleRunsAgainUntilTheWorkSucceeds() {
    AtomicInteger attempts = new AtomicInteger();

    String result = Retry.onStale(3, () -> {
      if (attempts.incrementAndGet() < 3) {
        throw new StaleConversationException(ConversationId.of(1), 1, 2);
      }
      return "done";
    });

    assertThat(result).isEqualTo("done");
    assertThat(attempts).hasValue(3);
  }

  @Test
  void retryOnStaleRethrowsTheLastFailureWhenAttemptsRunOut() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() -> Retry.onStale(4, () -> {
      throw new StaleConversationException(ConversationId.of(1), attempts.incrementAndGet(), 99);
    })).isInstanceOfSatisfying(StaleConversationException.class, e -> assertThat(e.expectedVersion()).isEqualTo(4));
    assertThat(attempts).hasValue(4);
  }

  @Test
  void retryOnStaleDoesNotRetryOtherFailures() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() -> Retry.onStale(5, () -> {
      attempts.incrementAndGet();
      throw new IllegalTransitionException(ConversationStatus.RESOLVED, ConversationStatus.SNOOZED);
    })).isInstanceOf(IllegalTransitionException.class);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void retryOnStaleNeedsAtLeastOneAttempt() {
    assertThatThrownBy(() -> Retry.onStale(0, () -> "never")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }

  @Test
  void concurrentReadModifyWriteIncrementsLoseNoUpdate() {
    f.desk.customAttributes().define(AttributeModel.CONVERSATION, COUNTER, "Counter", AttributeType.NUMBER);
    Conversation c = conversations.setCustomAttribute(f.newConversation().id(), COUNTER, 0, alice);
    int threads = 8;
    int incrementsPerThread = 50;

    Concurrently.run(threads, incrementsPerThread, (thread, round) -> Retry.onStale(Integer.MAX_VALUE, () -> {
      Conversation read = conversations.get(c.id());
      BigDecimal value = (BigDecimal) read.customAttributes().get(COUNTER);
      return conversations.update(c.id(), read.version(),
          ConversationUpdate.builder().setCustomAttribute(COUNTER, value.add(BigDecimal.ONE)).build(), alice);
    }));

    Conversation last = conversations.get(c.id());
    int total = threads * incrementsPerThread;
    assertThat(last.customAttributes().get(COUNTER)).isEqualTo(BigDecimal.valueOf(total));
    assertThat(last.version()).isEqualTo(c.version() + total);
  }

  @Test
  void concurrentUnversionedLabelAdditionsKeepEveryLabel() {
    int threads = 8;
    int labelsPerThread = 10;
    List<String> titles = new ArrayList<>();
    IntStream.range(0, threads * labelsPerThread).forEach(i -> titles.add("label-" + i));
    titles.forEach(f.desk.labels()::create);
    Conversation c = f.newConversation();

    Concurrently.run(threads, labelsPerThread, (thread, round) ->
        conversations.addLabels(c.id(), List.of(titles.get(thread * labelsPerThread + round)), alice));

    Conversation last = conversations.get(c.id());
    assertThat(last.labels()).containsExactlyInAnyOrderElementsOf(titles);
    assertThat(last.version()).isEqualTo(c.version() + titles.size());
  }

  /** Regression: toggle read the status outside its transaction, so concurrent toggles could both resolve. */
  @Test
  void concurrentTogglesEachFlipTheStatus() {
    Conversation c = f.newConversation();
    int threads = 8;
    int togglesPerThread = 20;

    Concurrently.run(threads, togglesPerThread, (thread, round) -> conversations.toggleStatus(c.id(), alice));

    int toggles = threads * togglesPerThread;
    assertThat(f.events(ConversationStatusChanged.class).size()).isEqualTo(toggles);
    assertThat(conversations.get(c.id()).status()).isEqualTo(ConversationStatus.OPEN);
  }

  @Test
  void concurrentMessagesAreAllStoredAndEachIncrementsTheVersion() {
    Conversation c = f.newConversation();
    int threads = 8;
    int messagesPerThread = 25;

    Concurrently.run(threads, messagesPerThread, (thread, round) -> {
      if (thread % 2 == 0) {
        conversations.receive(c.id(), "message " + thread + "/" + round);
      } else {
        conversations.reply(c.id(), "reply " + thread + "/" + round, alice);
      }
    });

    int total = threads * messagesPerThread;
    assertThat(conversations.messages(c.id())).hasSize(1 + total);
    assertThat(conversations.get(c.id()).version()).isEqualTo(c.version() + total);
  }
}
