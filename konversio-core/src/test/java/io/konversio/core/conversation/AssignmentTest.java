package io.konversio.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.InvalidInputException;
import io.konversio.core.NotFoundException;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.agent.Team;
import io.konversio.core.agent.TeamId;
import io.konversio.core.event.AssigneeChanged;
import io.konversio.core.event.Change;
import io.konversio.core.event.ConversationUpdated;
import io.konversio.core.event.TeamChanged;
import io.konversio.core.notification.Notification;
import io.konversio.core.notification.NotificationType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Manual assignment of agents and teams, and who may be assigned. */
class AssignmentTest {
  private final LifecycleFixture f = new LifecycleFixture();
  private final Conversations conversations = f.conversations();
  private final Agent alice = f.agent;
  private final Agent bob = f.newAgent("Bob", Availability.ONLINE);
  private final Actor admin = Actor.system();

  @Test
  void assignedAgentBecomesAssigneeAndParticipant() {
    Conversation c = f.newConversation();

    Conversation assigned = conversations.assign(c.id(), alice.id(), admin);

    assertThat(assigned.assigneeId()).contains(alice.id());
    assertThat(assigned.participants()).contains(alice.id());
    assertThat(assigned.version()).isGreaterThan(c.version());
    assertThat(conversations.get(c.id())).isEqualTo(assigned);
  }

  @Test
  void assigningRecordsAssigneeChangedFromNobodyToTheAgent() {
    Conversation c = f.newConversation();

    conversations.assign(c.id(), alice.id(), admin);

    assertThat(f.events(AssigneeChanged.class)).singleElement().satisfies(e -> {
      assertThat(e.from()).isEmpty();
      assertThat(e.to()).contains(alice.id());
      assertThat(e.actor()).isEqualTo(admin);
    });
    assertThat(f.events(ConversationUpdated.class)).singleElement()
        .satisfies(e -> assertThat(e.changes()).containsEntry("assignee_id", Change.of(null, alice.id())));
  }

  @Test
  void assignedAgentIsNotified() {
    Conversation c = f.newConversation();

    conversations.assign(c.id(), alice.id(), Actor.agent(bob.id()));

    assertThat(f.desk.notifications().list(alice.id()).items()).extracting(Notification::type)
        .contains(NotificationType.CONVERSATION_ASSIGNED);
  }

  @Test
  void reassigningRecordsTheChangeFromTheOldAgentToTheNew() {
    Conversation c = f.newConversation();
    conversations.assign(c.id(), alice.id(), admin);

    Conversation reassigned = conversations.assign(c.id(), bob.id(), admin);

    assertThat(reassigned.assigneeId()).contains(bob.id());
    assertThat(reassigned.participants()).contains(alice.id(), bob.id());
    assertThat(f.events(AssigneeChanged.class)).last().satisfies(e -> {
      assertThat(e.from()).contains(alice.id());
      assertThat(e.to()).contains(bob.id());
    });
  }

  @Test
  void assigningTheSameAgentAgainChangesNothing() {
    Conversation c = conversations.assign(f.newConversation().id(), alice.id(), admin);
    int events = f.events.size();

    Conversation again = conversations.assign(c.id(), alice.id(), admin);

    assertThat(again).isEqualTo(c);
    assertThat(f.events).hasSize(events);
  }

  @Test
  void unassignLeavesNoAssigneeAndKeepsTheParticipant() {
    Conversation c = f.newConversation();
    conversations.assign(c.id(), alice.id(), admin);

    Conversation unassigned = conversations.unassign(c.id(), admin);

    assertThat(unassigned.assigneeId()).isEmpty();
    assertThat(unassigned.participants()).contains(alice.id());
    assertThat(f.events(AssigneeChanged.class)).last().satisfies(e -> {
      assertThat(e.from()).contains(alice.id());
      assertThat(e.to()).isEmpty();
    });
  }

  @Test
  void administratorOutsideTheInboxCanBeAssigned() {
    Agent carol = f.newAgentOutsideInbox("Carol", AgentRole.ADMINISTRATOR);
    Conversation c = f.newConversation();

    assertThat(conversations.assign(c.id(), carol.id(), admin).assigneeId()).contains(carol.id());
  }

  @Test
  void agentWhoIsNotAnInboxMemberCannotBeAssigned() {
    Agent dave = f.newAgentOutsideInbox("Dave", AgentRole.AGENT);
    Conversation c = f.newConversation();

    assertRejected(() -> conversations.assign(c.id(), dave.id(), admin), "assignee", dave.id());
    assertThat(conversations.get(c.id())).isEqualTo(c);
  }

  @Test
  void unknownAgentCannotBeAssigned() {
    Conversation c = f.newConversation();
    AgentId nobody = AgentId.of(9_999);

    assertRejected(() -> conversations.assign(c.id(), nobody, admin), "assignee", nobody);
    assertThat(conversations.get(c.id())).isEqualTo(c);
  }

  @Test
  void agentOfAnotherAccountCannotBeAssignedEvenAsAnAdministrator() {
    Desk other = f.konversio.desk(f.konversio.accounts().create("Globex").id());
    Agent stranger = other.agents().create("Mallory", "mallory@globex.test", AgentRole.ADMINISTRATOR);
    Conversation c = f.newConversation();

    assertRejected(() -> conversations.assign(c.id(), stranger.id(), admin), "assignee", stranger.id());
    assertThat(conversations.get(c.id())).isEqualTo(c);
  }

  @Test
  void teamOfAnotherAccountCannotBeAssigned() {
    Desk other = f.konversio.desk(f.konversio.accounts().create("Globex").id());
    Team theirs = other.teams().create("Sales", "");
    Conversation c = f.newConversation();

    assertRejected(() -> conversations.assignTeam(c.id(), theirs.id(), admin), "team", theirs.id());
    assertThat(conversations.get(c.id())).isEqualTo(c);
  }

  @Test
  void unknownTeamCannotBeAssigned() {
    Conversation c = f.newConversation();
    TeamId none = TeamId.of(9_999);

    assertRejected(() -> conversations.assignTeam(c.id(), none, admin), "team", none);
  }

  @Test
  void assigningATeamRecordsTeamChanged() {
    Team billing = f.desk.teams().create("Billing", "Invoices and refunds");
    Conversation c = f.newConversation();

    Conversation assigned = conversations.assignTeam(c.id(), billing.id(), admin);

    assertThat(assigned.teamId()).contains(billing.id());
    assertThat(f.events(TeamChanged.class)).singleElement().satisfies(e -> {
      assertThat(e.from()).isEmpty();
      assertThat(e.to()).contains(billing.id());
    });
  }

  @Test
  void changingTheTeamDropsAnAssigneeWhoIsNotInIt() {
    Team billing = team("Billing", alice);
    Team sales = team("Sales", bob);
    Conversation c = f.newConversation();
    conversations.update(c.id(), ConversationUpdate.builder().team(billing.id()).assignee(alice.id()).build(), admin);

    Conversation moved = conversations.assignTeam(c.id(), sales.id(), admin);

    assertThat(moved.teamId()).contains(sales.id());
    assertThat(moved.assigneeId()).isEmpty();
    assertThat(f.events(TeamChanged.class)).last().satisfies(e -> {
      assertThat(e.from()).contains(billing.id());
      assertThat(e.to()).contains(sales.id());
    });
    assertThat(f.events(AssigneeChanged.class)).last().satisfies(e -> {
      assertThat(e.from()).contains(alice.id());
      assertThat(e.to()).isEmpty();
    });
  }

  @Test
  void changingTheTeamKeepsAnAssigneeWhoIsInIt() {
    Team billing = team("Billing", alice);
    Team escalations = team("Escalations", alice, bob);
    Conversation c = f.newConversation();
    conversations.update(c.id(), ConversationUpdate.builder().team(billing.id()).assignee(alice.id()).build(), admin);

    Conversation moved = conversations.assignTeam(c.id(), escalations.id(), admin);

    assertThat(moved.teamId()).contains(escalations.id());
    assertThat(moved.assigneeId()).contains(alice.id());
  }

  @Test
  void removingTheTeamKeepsTheAssignee() {
    Team billing = team("Billing", alice);
    Conversation c = f.newConversation();
    conversations.update(c.id(), ConversationUpdate.builder().team(billing.id()).assignee(alice.id()).build(), admin);

    Conversation withoutTeam = conversations.removeTeam(c.id(), admin);

    assertThat(withoutTeam.teamId()).isEmpty();
    assertThat(withoutTeam.assigneeId()).contains(alice.id());
  }

  @Test
  void assigningAgentAndTeamTogetherIsRejectedWhenTheAgentIsNotInTheTeam() {
    Team sales = team("Sales", bob);
    Conversation c = f.newConversation();
    ConversationUpdate update = ConversationUpdate.builder().team(sales.id()).assignee(alice.id()).build();

    assertRejected(() -> conversations.update(c.id(), update, admin), "assignee", alice.id());
    assertThat(conversations.get(c.id())).isEqualTo(c);
  }

  @Test
  void assigningAgentAndTeamTogetherSucceedsWhenTheAgentIsInTheTeam() {
    Team sales = team("Sales", bob);
    Conversation c = f.newConversation();

    Conversation both = conversations.update(c.id(),
        ConversationUpdate.builder().team(sales.id()).assignee(bob.id()).build(), admin);

    assertThat(both.teamId()).contains(sales.id());
    assertThat(both.assigneeId()).contains(bob.id());
  }

  @Test
  void agentOutsideTheConversationsTeamCannotBeAssigned() {
    Team sales = team("Sales", bob);
    Conversation c = conversations.assignTeam(f.newConversation().id(), sales.id(), admin);

    assertRejected(() -> conversations.assign(c.id(), alice.id(), admin), "assignee", alice.id());
    assertThat(conversations.get(c.id())).isEqualTo(c);
  }

  @Test
  void participantMustBeAnInboxMemberOrAdministrator() {
    Agent dave = f.newAgentOutsideInbox("Dave", AgentRole.AGENT);
    Conversation c = f.newConversation();

    assertRejected(() -> conversations.addParticipant(c.id(), dave.id(), admin), "participants", dave.id());
    assertThat(conversations.addParticipant(c.id(), bob.id(), admin).participants()).containsExactly(bob.id());
  }

  @Test
  void conversationOfAnotherAccountIsNotFound() {
    Conversation c = f.newConversation();
    Desk other = f.konversio.desk(f.konversio.accounts().create("Globex").id());

    assertThat(other.conversations().find(c.id())).isEqualTo(Optional.empty());
    assertThatThrownBy(() -> other.conversations().resolve(c.id(), admin))
        .isInstanceOf(NotFoundException.class);
    assertThat(conversations.get(c.id())).isEqualTo(c);
  }

  private Team team(String name, Agent... members) {
    Team team = f.desk.teams().create(name, "");
    for (Agent member : members) {
      team = f.desk.teams().addMember(team.id(), member.id());
    }
    return team;
  }

  private static void assertRejected(Runnable command, String field, Object value) {
    assertThatThrownBy(command::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.value()).contains(String.valueOf(value));
    });
  }
}
