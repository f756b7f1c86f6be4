package io.konversio.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.FeatureFixture;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Team;
import io.konversio.core.contact.Contact;
import io.konversio.core.event.Change;
import io.konversio.core.event.ConversationUpdated;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.notification.Notification;
import io.konversio.core.notification.NotificationType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mentions in private notes, in Chatwoot's syntax: each mentioned agent (a team stands for its members) who may
 * work in the inbox is notified once and becomes a participant; public replies are never parsed.
 */
class MentionsTest {
  private final FeatureFixture fx = new FeatureFixture();
  private final Desk desk = fx.newAccount("Acme");
  private final Inbox support = fx.inbox(desk, "Support");
  private final Inbox sales = fx.inbox(desk, "Sales");
  private final Agent alice = fx.agent(desk, "Alice", support);
  private final Agent bob = fx.agent(desk, "Bob", support);
  private final Agent carol = fx.agent(desk, "Carol", support);
  private final Agent dave = fx.agent(desk, "Dave", sales);
  private final Agent admin = fx.agent(desk, "Admin", AgentRole.ADMINISTRATOR);
  private final Contact ada = fx.contact(desk, "Ada");
  private Team billing;
  private Conversation conversation;

  @BeforeEach
  void aConversationInSupport() {
    billing = desk.teams().create("Billing", "");
    desk.teams().addMember(billing.id(), bob.id());
    desk.teams().addMember(billing.id(), carol.id());
    desk.teams().addMember(billing.id(), dave.id());
    conversation = fx.conversation(desk, support, ada, "Where is my refund?");
    for (Agent agent : desk.agents().list()) {
      desk.notifications().markAllRead(agent.id());
    }
    fx.forget();
  }

  @Test
  void aMentionedAgentIsNotifiedAndBecomesAParticipant() {
    Message note = note(bob, "Can you look? " + mention(alice));

    assertThat(unread(alice)).singleElement().satisfies(n -> {
      assertThat(n.type()).isEqualTo(NotificationType.CONVERSATION_MENTION);
      assertThat(n.conversationId()).isEqualTo(conversation.id());
      assertThat(n.messageId()).contains(note.id());
      assertThat(n.causedBy()).isEqualTo(Actor.agent(bob.id()));
    });
    assertThat(current().participants()).containsExactly(alice.id());
    assertThat(fx.events(ConversationUpdated.class)).singleElement().satisfies(e -> assertThat(e.changes())
        .containsEntry("participants", new Change(Optional.of(Set.of()), Optional.of(Set.of(alice.id())))));
  }

  @Test
  void aMentionedTeamStandsForItsMembersWhoMayWorkInTheInbox() {
    note(alice, "Over to " + mention(billing));

    assertThat(unread(bob)).extracting(Notification::type).containsExactly(NotificationType.CONVERSATION_MENTION);
    assertThat(unread(carol)).extracting(Notification::type).containsExactly(NotificationType.CONVERSATION_MENTION);
    assertThat(unread(dave)).isEmpty();
    assertThat(current().participants()).containsExactlyInAnyOrder(bob.id(), carol.id());
  }

  @Test
  void aMentionInAPublicReplyDoesNothing() {
    desk.conversations().reply(conversation.id(), "Asking " + mention(bob) + " and " + mention(billing),
        Actor.agent(alice.id()));

    assertThat(unread(bob)).isEmpty();
    assertThat(unread(carol)).isEmpty();
    assertThat(current().participants()).isEmpty();
  }

  @Test
  void aMentionedAgentWhoMayNotWorkInTheInboxIsIgnored() {
    note(alice, mention(dave) + " please");

    assertThat(unread(dave)).isEmpty();
    assertThat(current().participants()).isEmpty();
  }

  @Test
  void anAgentWhoLeftTheInboxIsNoLongerMentioned() {
    desk.agents().removeFromInbox(carol.id(), support.id());

    note(alice, mention(carol) + " and " + mention(billing));

    assertThat(unread(carol)).isEmpty();
    assertThat(current().participants()).containsExactly(bob.id());
  }

  @Test
  void aMentionedAdministratorIsNotifiedEvenOutsideTheInbox() {
    note(alice, mention(admin) + " approve?");

    assertThat(unread(admin)).extracting(Notification::type).containsExactly(NotificationType.CONVERSATION_MENTION);
    assertThat(current().participants()).containsExactly(admin.id());
  }

  @Test
  void mentioningYourselfNotifiesNoOne() {
    note(alice, "Reminder for " + mention(alice));

    assertThat(unread(alice)).isEmpty();
  }

  @Test
  void anAgentMentionedTwiceInOneNoteIsNotifiedOnce() {
    note(alice, mention(bob) + ", " + mention(bob) + " and " + mention(billing));

    assertThat(unread(bob)).hasSize(1);
  }

  @Test
  void eachNoteThatMentionsAnAgentNotifiesThemAgain() {
    Message first = note(alice, mention(bob) + " first");
    Message second = note(alice, mention(bob) + " second");

    assertThat(unread(bob)).extracting(n -> n.messageId().orElseThrow())
        .containsExactlyInAnyOrder(first.id(), second.id());
  }

  @Test
  void theAssigneeWhoIsAlsoAParticipantAndMentionedGetsExactlyOneNotificationForTheNote() {
    desk.conversations().assign(conversation.id(), bob.id(), Actor.agent(alice.id()));
    desk.conversations().addParticipant(conversation.id(), bob.id(), Actor.agent(alice.id()));
    desk.notifications().markAllRead(bob.id());

    Message note = note(alice, mention(bob) + " and " + mention(billing) + ": see this");

    assertThat(unread(bob)).singleElement().satisfies(n -> {
      assertThat(n.type()).isEqualTo(NotificationType.CONVERSATION_MENTION);
      assertThat(n.messageId()).contains(note.id());
    });
  }

  @Test
  void unknownAgentsAndTeamsAreIgnored() {
    Message note = note(alice, "[@Ghost](mention://user/9999/Ghost) [@Nobody](mention://team/9999/Nobody)");

    assertThat(note.content()).contains("Ghost");
    assertThat(current().participants()).isEmpty();
  }

  @Test
  void anEncodedNameOrNoNameStillMentions() {
    note(alice, "[@Bob Builder](mention://user/" + bob.id() + "/Bob%20Builder) [@c](mention://user/" + carol.id()
        + ")");

    assertThat(current().participants()).containsExactlyInAnyOrder(bob.id(), carol.id());
  }

  @Test
  void plainAtNamesAreNotMentions() {
    note(alice, "@Bob please, and mention://user/" + bob.id() + "/Bob without a link");

    assertThat(unread(bob)).isEmpty();
  }

  @Test
  void mentionsNotifyEvenWhenTheContactIsBlocked() {
    desk.contacts().block(ada.id());

    note(alice, mention(bob));

    assertThat(unread(bob)).extracting(Notification::type).containsExactly(NotificationType.CONVERSATION_MENTION);
  }

  @Test
  void aNoteWithoutMentionsLeavesTheParticipantsAlone() {
    note(alice, "just a note");

    assertThat(current().participants()).isEmpty();
    assertThat(fx.events(ConversationUpdated.class)).isEmpty();
  }

  private Message note(Agent sender, String content) {
    return desk.conversations().note(conversation.id(), content, Actor.agent(sender.id()));
  }

  private Conversation current() {
    return desk.conversations().get(conversation.id());
  }

  private List<Notification> unread(Agent agent) {
    return desk.notifications().list(agent.id(), true, 0, 100).items();
  }

  private static String mention(Agent agent) {
    return "[@" + agent.name() + "](mention://user/" + agent.id() + "/" + agent.name() + ")";
  }

  private static String mention(Team team) {
    return "[@" + team.name() + "](mention://team/" + team.id() + "/" + team.name() + ")";
  }
}
