package io.konversio.core.conversation;

import static io.konversio.core.conversation.ConversationStatus.OPEN;
import static io.konversio.core.conversation.ConversationStatus.PENDING;
import static io.konversio.core.conversation.ConversationStatus.RESOLVED;
import static io.konversio.core.conversation.ConversationStatus.SNOOZED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Actor;
import io.konversio.core.duework.DueItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The status transition table, exhaustively over every (from, to) pair, through the public API. */
class ConversationStatusTransitionTest {

  /** The table as the specification writes it, kept apart from {@link ConversationStatus} on purpose. */
  private static final Map<ConversationStatus, Set<ConversationStatus>> SPECIFIED = Map.of(
      OPEN, EnumSet.of(OPEN, PENDING, RESOLVED, SNOOZED),
      PENDING, EnumSet.of(OPEN, PENDING, RESOLVED, SNOOZED),
      RESOLVED, EnumSet.of(OPEN, PENDING, RESOLVED),
      SNOOZED, EnumSet.of(OPEN, PENDING, RESOLVED, SNOOZED));

  /** The ways to reach a status through the API; snoozing comes in its two flavours. */
  enum Move {
    OPEN_IT(OPEN), MARK_PENDING(PENDING), RESOLVE(RESOLVED), SNOOZE_UNTIL_TIME(SNOOZED),
    SNOOZE_UNTIL_NEXT_REPLY(SNOOZED);

    final ConversationStatus target;

    Move(ConversationStatus target) {
      this.target = target;
    }

    /** The update of this move; a timed snooze wakes up {@code hours} from now. */
    ConversationUpdate update(LifecycleFixture f, int hours) {
      ConversationUpdate.Builder b = ConversationUpdate.builder();
      return switch (this) {
        case SNOOZE_UNTIL_TIME -> b.snoozeUntil(f.inMinutes(60L * hours)).build();
        case SNOOZE_UNTIL_NEXT_REPLY -> b.snoozeUntilNextReply().build();
        default -> b.status(target).build();
      };
    }
  }

  static Stream<Arguments> everyPairOfMoves() {
    List<Arguments> pairs = new ArrayList<>();
    for (Move from : Move.values()) {
      for (Move to : Move.values()) {
        pairs.add(Arguments.of(from, to));
      }
    }
    return pairs.stream();
  }

  @Test
  void theTableOfConversationStatusIsTheSpecifiedOne() {
    for (ConversationStatus from : ConversationStatus.values()) {
      for (ConversationStatus to : ConversationStatus.values()) {
        assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(SPECIFIED.get(from).contains(to));
      }
    }
  }

  @ParameterizedTest(name = "{0} then {1}")
  @MethodSource("everyPairOfMoves")
  void everyMoveFollowsTheTransitionTable(Move from, Move to) {
    LifecycleFixture f = new LifecycleFixture();
    Conversation start = reach(f, from);
    Actor actor = LifecycleFixture.actor(f.agent);

    if (SPECIFIED.get(from.target).contains(to.target)) {
      Conversation after = f.conversations().update(start.id(), to.update(f, 2), actor);

      assertThat(after.status()).isEqualTo(to.target);
      assertThat(f.conversations().get(start.id())).isEqualTo(after);
      boolean noOp = from == to && to != Move.SNOOZE_UNTIL_TIME;
      if (noOp) {
        assertThat(after.version()).isEqualTo(start.version());
      } else {
        assertThat(after.version()).isGreaterThan(start.version());
      }
      Optional<Instant> wakeUp = to == Move.SNOOZE_UNTIL_TIME ? Optional.of(f.inMinutes(120)) : Optional.empty();
      assertThat(after.snoozedUntil()).isEqualTo(wakeUp);
      assertThat(f.dueItems()).extracting(DueItem::dueAt).containsExactlyElementsOf(wakeUp.stream().toList());
    } else {
      List<DueItem> dueBefore = f.dueItems();
      int eventsBefore = f.events.size();

      assertThatThrownBy(() -> f.conversations().update(start.id(), to.update(f, 2), actor))
          .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
            assertThat(e.from()).isEqualTo(from.target);
            assertThat(e.to()).isEqualTo(to.target);
          });
      assertThat(f.conversations().get(start.id())).isEqualTo(start);
      assertThat(f.dueItems()).isEqualTo(dueBefore);
      assertThat(f.events).hasSize(eventsBefore);
    }
  }

  @ParameterizedTest(name = "{0} then {1}")
  @MethodSource("everyPairOfMoves")
  void everyMoveWithTheCurrentVersionFollowsTheTransitionTable(Move from, Move to) {
    LifecycleFixture f = new LifecycleFixture();
    Conversation start = reach(f, from);
    Actor actor = LifecycleFixture.actor(f.agent);

    if (SPECIFIED.get(from.target).contains(to.target)) {
      assertThat(f.conversations().update(start.id(), start.version(), to.update(f, 2), actor).status())
          .isEqualTo(to.target);
    } else {
      assertThatThrownBy(() -> f.conversations().update(start.id(), start.version(), to.update(f, 2), actor))
          .isInstanceOf(IllegalTransitionException.class);
      assertThat(f.conversations().get(start.id())).isEqualTo(start);
    }
  }

  @Test
  void resolvedConversationCannotBeSnoozedUntilItsReopened() {
    LifecycleFixture f = new LifecycleFixture();
    Conversation c = f.newConversation();
    Conversation resolved = f.conversations().resolve(c.id(), Actor.system());

    assertThatThrownBy(() -> f.conversations().snoozeUntil(c.id(), f.inMinutes(30), Actor.system()))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
          assertThat(e.from()).isEqualTo(RESOLVED);
          assertThat(e.to()).isEqualTo(SNOOZED);
          assertThat(e).hasMessageContaining("resolved").hasMessageContaining("snoozed");
        });
    assertThat(f.conversations().get(c.id()).version()).isEqualTo(resolved.version());

    f.conversations().open(c.id(), Actor.system());
    assertThat(f.conversations().snoozeUntil(c.id(), f.inMinutes(30), Actor.system()).status()).isEqualTo(SNOOZED);
  }

  @Test
  void toggleStatusResolvesAnOpenConversationAndOpensAnyOther() {
    LifecycleFixture f = new LifecycleFixture();
    Conversation c = f.newConversation();

    assertThat(f.conversations().toggleStatus(c.id(), Actor.system()).status()).isEqualTo(RESOLVED);
    assertThat(f.conversations().toggleStatus(c.id(), Actor.system()).status()).isEqualTo(OPEN);
    f.conversations().markPending(c.id(), Actor.system());
    assertThat(f.conversations().toggleStatus(c.id(), Actor.system()).status()).isEqualTo(OPEN);
    f.conversations().snoozeUntilNextReply(c.id(), Actor.system());
    assertThat(f.conversations().toggleStatus(c.id(), Actor.system()).status()).isEqualTo(OPEN);
  }

  /** Brings a new conversation to the start of a move; a timed snooze wakes up in one hour. */
  private static Conversation reach(LifecycleFixture f, Move move) {
    Conversation c = f.newConversation();
    if (move == Move.OPEN_IT) {
      return c;
    }
    Conversation reached = f.conversations().update(c.id(), move.update(f, 1), Actor.system());
    assertThat(reached.status()).isEqualTo(move.target);
    return reached;
  }
}
