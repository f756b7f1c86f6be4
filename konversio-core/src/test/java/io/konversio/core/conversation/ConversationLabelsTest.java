package io.konversio.core.conversation;

import static io.konversio.core.FeatureFixture.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.FeatureFixture;
import io.konversio.core.agent.Agent;
import io.konversio.core.event.Change;
import io.konversio.core.event.ConversationUpdated;
import io.konversio.core.event.LabelAdded;
import io.konversio.core.event.LabelRemoved;
import io.konversio.core.inbox.Inbox;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Labels on conversations: add, remove, replace, the events they cause, and what happens to unknown labels. */
class ConversationLabelsTest {
  private final FeatureFixture fx = new FeatureFixture();
  private final Desk desk = fx.newAccount("Acme");
  private final Inbox inbox = fx.inbox(desk, "Support");
  private final Agent alice = fx.agent(desk, "Alice", inbox);
  private final Actor byAlice = Actor.agent(alice.id());
  private Conversation conversation;

  @BeforeEach
  void labelsAndAConversation() {
    desk.labels().create("Billing");
    desk.labels().create("refund");
    desk.labels().create("VIP");
    conversation = fx.conversation(desk, inbox);
    fx.forget();
  }

  @Test
  void labelsAreAddedInLowerCaseWhateverTheCaseGiven() {
    Conversation labelled = desk.conversations().addLabels(conversation.id(), List.of("BILLING", "Vip"), byAlice);

    assertThat(labelled.labels()).containsExactly("billing", "vip");
    assertThat(labelled.version()).isEqualTo(conversation.version() + 1);
    assertThat(desk.conversations().get(conversation.id())).isEqualTo(labelled);
  }

  @Test
  void addingALabelRecordsLabelAddedAndTheLabelsChange() {
    desk.conversations().addLabels(conversation.id(), List.of("Billing"), byAlice);

    assertThat(fx.events(LabelAdded.class)).singleElement().satisfies(e -> {
      assertThat(e.label()).isEqualTo("billing");
      assertThat(e.actor()).isEqualTo(byAlice);
      assertThat(e.conversation().labels()).containsExactly("billing");
    });
    assertThat(fx.events(ConversationUpdated.class)).singleElement()
        .satisfies(e -> assertThat(e.changes()).containsEntry("labels",
            new Change(Optional.of(Set.of()), Optional.of(Set.of("billing")))));
    assertThat(fx.events(LabelRemoved.class)).isEmpty();
  }

  @Test
  void addingALabelTheConversationHasChangesNothing() {
    Conversation labelled = desk.conversations().addLabels(conversation.id(), List.of("billing"), byAlice);
    fx.forget();

    Conversation again = desk.conversations().addLabels(conversation.id(), List.of("Billing"), byAlice);

    assertThat(again).isEqualTo(labelled);
    assertThat(fx.events()).isEmpty();
  }

  @Test
  void removingALabelRecordsLabelRemoved() {
    desk.conversations().addLabels(conversation.id(), List.of("billing", "refund"), byAlice);
    fx.forget();

    Conversation after = desk.conversations().removeLabels(conversation.id(), List.of("REFUND"), byAlice);

    assertThat(after.labels()).containsExactly("billing");
    assertThat(fx.events(LabelRemoved.class)).extracting(LabelRemoved::label).containsExactly("refund");
    assertThat(fx.events(LabelAdded.class)).isEmpty();
  }

  @Test
  void removingALabelTheConversationDoesNotHaveChangesNothing() {
    Conversation after = desk.conversations().removeLabels(conversation.id(), List.of("vip", "never-made"), byAlice);

    assertThat(after).isEqualTo(conversation);
    assertThat(fx.events()).isEmpty();
  }

  @Test
  void replacingLabelsAddsAndRemovesTheDifference() {
    desk.conversations().addLabels(conversation.id(), List.of("billing", "refund"), byAlice);
    fx.forget();

    Conversation after = desk.conversations().replaceLabels(conversation.id(), List.of("Refund", "VIP"), byAlice);

    assertThat(after.labels()).containsExactly("refund", "vip");
    assertThat(fx.events(LabelAdded.class)).extracting(LabelAdded::label).containsExactly("vip");
    assertThat(fx.events(LabelRemoved.class)).extracting(LabelRemoved::label).containsExactly("billing");
  }

  @Test
  void replacingWithNoLabelsRemovesThemAll() {
    desk.conversations().addLabels(conversation.id(), List.of("billing", "refund"), byAlice);

    assertThat(desk.conversations().replaceLabels(conversation.id(), List.of(), byAlice).labels()).isEmpty();
    assertThat(fx.events(LabelRemoved.class)).extracting(LabelRemoved::label).containsExactly("billing", "refund");
  }

  @Test
  void oneUpdateMayAddAndRemove() {
    desk.conversations().addLabels(conversation.id(), List.of("billing"), byAlice);

    Conversation after = desk.conversations().update(conversation.id(), ConversationUpdate.builder()
        .addLabels("refund").removeLabels("billing").build(), byAlice);

    assertThat(after.labels()).containsExactly("refund");
  }

  @Test
  void anUnknownLabelIsRejectedAndNothingIsAdded() {
    assertInvalidInput(() -> desk.conversations().addLabels(conversation.id(), List.of("billing", "Urgent"),
        byAlice), "labels", "Urgent");

    assertThat(desk.conversations().get(conversation.id())).isEqualTo(conversation);
    assertThat(fx.events()).isEmpty();
  }

  @Test
  void anUnknownLabelInAReplacementIsRejectedAndNothingChanges() {
    Conversation labelled = desk.conversations().addLabels(conversation.id(), List.of("billing"), byAlice);
    fx.forget();

    assertInvalidInput(() -> desk.conversations().replaceLabels(conversation.id(), List.of("vip", "nope"),
        byAlice), "labels", "nope");

    assertThat(desk.conversations().get(conversation.id())).isEqualTo(labelled);
    assertThat(fx.events()).isEmpty();
  }

  @Test
  void anUnknownLabelRejectsTheWholeUpdate() {
    assertInvalidInput(() -> desk.conversations().update(conversation.id(), ConversationUpdate.builder()
        .priority(Priority.HIGH).addLabels("vip", "ghost").build(), byAlice), "labels", "ghost");

    assertThat(desk.conversations().get(conversation.id())).isEqualTo(conversation);
  }

  @Test
  void aDeletedLabelStaysOnItsConversationsUntilRemovedButCannotBeAddedAgain() {
    desk.conversations().addLabels(conversation.id(), List.of("refund"), byAlice);
    Conversation other = fx.conversation(desk, inbox);

    desk.labels().delete("refund");

    assertThat(desk.conversations().get(conversation.id()).labels()).containsExactly("refund");
    assertInvalidInput(() -> desk.conversations().addLabels(other.id(), List.of("refund"), byAlice), "labels",
        "refund");
    assertThat(desk.conversations().removeLabels(conversation.id(), List.of("refund"), byAlice).labels()).isEmpty();
  }

  @Test
  void labelsAreKeptSorted() {
    Conversation labelled = desk.conversations().addLabels(conversation.id(), List.of("vip", "refund", "billing"),
        byAlice);

    assertThat(labelled.labels()).containsExactly("billing", "refund", "vip");
  }
}
