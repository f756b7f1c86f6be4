package io.konversio.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.konversio.core.Actor;
import io.konversio.core.duework.DueItem;
import io.konversio.core.event.ConversationStatusChanged;
import io.konversio.core.event.DomainEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random sequences of lifecycle commands, checked step by step against a small model of the status rules and
 * against the invariants every stored conversation keeps.
 */
class ConversationCommandSequenceTest {
  private static final List<String> LABELS = List.of("billing", "bug", "vip");

  enum Command {
    OPEN, RESOLVE, MARK_PENDING, SNOOZE_UNTIL_TIME, SNOOZE_UNTIL_NEXT_REPLY, TOGGLE, INCOMING_MESSAGE,
    AGENT_REPLY, CLOCK_PASSES, RUN_DUE_WORK, MUTE, UNMUTE, ADD_LABEL
  }

  /** One command; {@code minutes} is the snooze length, the time that passes or which label to add. */
  record Step(Command command, int minutes) {
    @Override
    public String toString() {
      return command + "(" + minutes + ")";
    }
  }

  /** What the rules say the conversation should look like. */
  static final class Model {
    ConversationStatus status = ConversationStatus.OPEN;
    Optional<Instant> snoozedUntil = Optional.empty();
    boolean contactBlocked;
    final Set<String> labels = new TreeSet<>();

    boolean canSnooze() {
      return status != ConversationStatus.RESOLVED;
    }

    void moveTo(ConversationStatus next) {
      status = next;
      snoozedUntil = Optional.empty();
    }
  }

  /** Every command once, with time and timed snoozes twice more often so that wake-up times come due. */
  private static final List<Command> WEIGHTED = weighted();

  private static List<Command> weighted() {
    List<Command> result = new ArrayList<>(List.of(Command.values()));
    result.addAll(List.of(Command.CLOCK_PASSES, Command.CLOCK_PASSES, Command.SNOOZE_UNTIL_TIME,
        Command.SNOOZE_UNTIL_TIME));
    return List.copyOf(result);
  }

  @Test
  void randomCommandSequencesKeepTheLifecycleInvariants() {
    Gen<Command> commands = integers().between(0, WEIGHTED.size() - 1).map(WEIGHTED::get);
    Gen<Step> steps = commands.zip(integers().between(1, 90), Step::new);
    qt().withFixedSeed(20_260_302L).withExamples(400)
        .forAll(lists().of(steps).ofSizeBetween(1, 40))
        .checkAssert(ConversationCommandSequenceTest::runAndCheck);
  }

  private static void runAndCheck(List<Step> sequence) {
    LifecycleFixture f = new LifecycleFixture();
    LABELS.forEach(f.desk.labels()::create);
    Conversation current = f.newConversation();
    Model model = new Model();
    for (Step step : sequence) {
      int eventsBefore = f.events.size();
      Conversation before = current;
      ConversationStatus statusBefore = model.status;
      run(f, step, before, model);
      current = f.conversations().get(before.id());
      List<DomainEvent> stepEvents = f.events.subList(eventsBefore, f.events.size());
      checkInvariants(f, step, before, current, model, statusBefore, stepEvents);
    }
  }

  private static void run(LifecycleFixture f, Step step, Conversation c, Model model) {
    Conversations conversations = f.conversations();
    Actor agent = LifecycleFixture.actor(f.agent);
    switch (step.command()) {
      case OPEN -> {
        conversations.open(c.id(), agent);
        model.moveTo(ConversationStatus.OPEN);
      }
      case RESOLVE -> {
        conversations.resolve(c.id(), agent);
        model.moveTo(ConversationStatus.RESOLVED);
      }
      case MARK_PENDING -> {
        conversations.markPending(c.id(), agent);
        model.moveTo(ConversationStatus.PENDING);
      }
      case SNOOZE_UNTIL_TIME -> snooze(f, c, model, Optional.of(f.inMinutes(step.minutes())));
      case SNOOZE_UNTIL_NEXT_REPLY -> snooze(f, c, model, Optional.empty());
      case TOGGLE -> {
        conversations.toggleStatus(c.id(), agent);
        model.moveTo(model.status == ConversationStatus.OPEN ? ConversationStatus.RESOLVED : ConversationStatus.OPEN);
      }
      case INCOMING_MESSAGE -> {
        conversations.receive(c.id(), "Any news?");
        boolean asleep = model.status == ConversationStatus.SNOOZED || model.status == ConversationStatus.RESOLVED;
        if (asleep && !model.contactBlocked) {
          model.moveTo(ConversationStatus.OPEN);
        }
      }
      case AGENT_REPLY -> conversations.reply(c.id(), "We are on it", agent);
      case CLOCK_PASSES -> f.clock.advance(Duration.ofMinutes(step.minutes()));
      case RUN_DUE_WORK -> {
        f.konversio.runDueWork();
        if (model.snoozedUntil.filter(t -> !t.isAfter(f.clock.instant())).isPresent()) {
          model.moveTo(ConversationStatus.OPEN);
        }
      }
      case MUTE -> {
        conversations.mute(c.id(), agent);
        model.contactBlocked = true;
        model.moveTo(ConversationStatus.RESOLVED);
      }
      case UNMUTE -> {
        conversations.unmute(c.id(), agent);
        model.contactBlocked = false;
      }
      case ADD_LABEL -> {
        String label = LABELS.get(step.minutes() % LABELS.size());
        conversations.addLabels(c.id(), List.of(label), agent);
        model.labels.add(label);
      }
    }
  }

  private static void snooze(LifecycleFixture f, Conversation c, Model model, Optional<Instant> until) {
    ConversationUpdate update = until.map(t -> ConversationUpdate.builder().snoozeUntil(t))
        .orElseGet(() -> ConversationUpdate.builder().snoozeUntilNextReply()).build();
    Actor agent = LifecycleFixture.actor(f.agent);
    if (model.canSnooze()) {
      f.conversations().update(c.id(), update, agent);
      model.status = ConversationStatus.SNOOZED;
      model.snoozedUntil = until;
    } else {
      assertThatThrownBy(() -> f.conversations().update(c.id(), update, agent))
          .isInstanceOf(IllegalTransitionException.class);
    }
  }

  private static void checkInvariants(LifecycleFixture f, Step step, Conversation before, Conversation after,
      Model model, ConversationStatus statusBefore, List<DomainEvent> stepEvents) {
    String context = "after " + step;
    assertThat(EnumSet.allOf(ConversationStatus.class)).as(context).contains(after.status());
    assertThat(after.status()).as(context).isEqualTo(model.status);
    assertThat(after.snoozedUntil()).as(context).isEqualTo(model.snoozedUntil);
    if (after.status() != ConversationStatus.SNOOZED) {
      assertThat(after.snoozedUntil()).as(context + ": snoozedUntil while " + after.status()).isEmpty();
    }
    assertThat(after.labels()).as(context).isEqualTo(model.labels);
    assertThat(f.desk.contacts().get(f.contact.id()).blocked()).as(context).isEqualTo(model.contactBlocked);

    boolean changed = !withoutVersion(before).equals(withoutVersion(after));
    boolean messageStored = step.command() == Command.INCOMING_MESSAGE || step.command() == Command.AGENT_REPLY;
    if (changed || messageStored) {
      assertThat(after.version()).as(context + ": version after a stored change").isGreaterThan(before.version());
    } else {
      assertThat(after.version()).as(context + ": version without a change").isEqualTo(before.version());
    }

    List<DueItem> wakeUps = f.dueItems().stream()
        .filter(d -> d.kind().equals(Conversations.SNOOZE_WAKEUP_KIND)).toList();
    assertThat(wakeUps).as(context + ": wake-ups").extracting(DueItem::dueAt)
        .containsExactlyElementsOf(model.snoozedUntil.stream().toList());

    List<ConversationStatusChanged> statusEvents = stepEvents.stream()
        .filter(ConversationStatusChanged.class::isInstance).map(ConversationStatusChanged.class::cast).toList();
    if (statusBefore == model.status) {
      assertThat(statusEvents).as(context + ": status events").isEmpty();
    } else {
      assertThat(statusEvents).as(context + ": status events").singleElement()
          .satisfies(e -> assertThat(List.of(e.from(), e.to())).containsExactly(statusBefore, model.status));
    }
  }

  private static Conversation withoutVersion(Conversation c) {
    return c.toBuilder().version(0).build();
  }
}
