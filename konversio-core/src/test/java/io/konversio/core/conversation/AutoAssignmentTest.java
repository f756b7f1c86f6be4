package io.konversio.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.agent.Team;
import io.konversio.core.event.AssigneeChanged;
import io.konversio.core.inbox.AutoAssignment;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Auto-assignment of new and reopened conversations to an inbox's online members. */
class AutoAssignmentTest {

  @Test
  void roundRobinTakesTurnsInAFairOrder() {
    LifecycleFixture f = fixture(AutoAssignment.roundRobin());
    Agent a = online(f, f.agent);
    Agent b = f.newAgent("Bob", Availability.ONLINE);
    Agent c = f.newAgent("Carol", Availability.ONLINE);

    assertThat(assigneesOfNewConversations(f, 6)).containsExactly(Optional.of(a.id()), Optional.of(b.id()),
        Optional.of(c.id()), Optional.of(a.id()), Optional.of(b.id()), Optional.of(c.id()));
  }

  @Test
  void roundRobinSkipsBusyAndOfflineMembers() {
    LifecycleFixture f = fixture(AutoAssignment.roundRobin());
    Agent busy = f.newAgent("Bob", Availability.BUSY);
    Agent online = f.newAgent("Carol", Availability.ONLINE);

    assertThat(assigneesOfNewConversations(f, 3)).containsOnly(Optional.of(online.id()));

    f.desk.agents().setAvailability(busy.id(), Availability.ONLINE);
    assertThat(assigneesOfNewConversations(f, 2)).containsExactly(Optional.of(busy.id()), Optional.of(online.id()));
  }

  @Test
  void roundRobinSkipsOnlineAgentsWhoAreNotMembersOfTheInbox() {
    LifecycleFixture f = fixture(AutoAssignment.roundRobin());
    Agent admin = f.newAgentOutsideInbox("Carol", AgentRole.ADMINISTRATOR);
    f.desk.agents().setAvailability(admin.id(), Availability.ONLINE);
    Inbox sales = f.desk.inboxes().create("Sales", ChannelType.API);
    Agent seller = f.newAgentOutsideInbox("Dave", AgentRole.AGENT);
    f.desk.agents().addToInbox(seller.id(), sales.id());
    f.desk.agents().setAvailability(seller.id(), Availability.ONLINE);
    Agent member = f.newAgent("Bob", Availability.ONLINE);

    assertThat(assigneesOfNewConversations(f, 3)).containsOnly(Optional.of(member.id()));
  }

  @Test
  void nobodyIsAssignedWhenNoMemberIsOnline() {
    LifecycleFixture f = fixture(AutoAssignment.roundRobin());
    f.newAgent("Bob", Availability.BUSY);

    Conversation c = f.newConversation();

    assertThat(c.assigneeId()).isEmpty();
    assertThat(f.events(AssigneeChanged.class)).isEmpty();
  }

  @Test
  void nobodyIsAssignedWhenAutoAssignmentIsOff() {
    LifecycleFixture f = fixture(AutoAssignment.off());
    online(f, f.agent);

    assertThat(f.newConversation().assigneeId()).isEmpty();
  }

  @Test
  void autoAssignedAgentIsAParticipantAndTheSystemIsTheActor() {
    LifecycleFixture f = fixture(AutoAssignment.roundRobin());
    Agent alice = online(f, f.agent);

    Conversation c = f.newConversation();

    assertThat(c.participants()).containsExactly(alice.id());
    assertThat(f.events(AssigneeChanged.class)).singleElement().satisfies(e -> {
      assertThat(e.to()).contains(alice.id());
      assertThat(e.actor()).isEqualTo(Actor.system());
    });
  }

  @Test
  void agentAtTheCapacityLimitIsSkipped() {
    LifecycleFixture f = fixture(AutoAssignment.roundRobin().withMaxOpenPerAgent(2));
    Agent alice = online(f, f.agent);
    Agent bob = f.newAgent("Bob", Availability.ONLINE);

    assertThat(assigneesOfNewConversations(f, 5)).containsExactly(Optional.of(alice.id()), Optional.of(bob.id()),
        Optional.of(alice.id()), Optional.of(bob.id()), Optional.empty());
  }

  @Test
  void resolvingAConversationFreesCapacity() {
    LifecycleFixture f = fixture(AutoAssignment.roundRobin().withMaxOpenPerAgent(1));
    Agent alice = online(f, f.agent);
    Conversation first = f.newConversation();
    assertThat(f.newConversation().assigneeId()).isEmpty();

    f.conversations().resolve(first.id(), LifecycleFixture.actor(alice));

    assertThat(f.newConversation().assigneeId()).contains(alice.id());
  }

  @Test
  void balancedModePicksTheAgentWithFewestOpenConversations() {
    LifecycleFixture f = fixture(AutoAssignment.off());
    Agent a = online(f, f.agent);
    Agent b = f.newAgent("Bob", Availability.ONLINE);
    Agent c = f.newAgent("Carol", Availability.ONLINE);
    assign(f, a, 2);
    assign(f, b, 1);
    f.desk.inboxes().updateSettings(f.inbox.id(),
        InboxSettings.defaults().withAutoAssignment(AutoAssignment.balanced()));

    // open counts a=2 b=1 c=0; ties go to whoever was auto-assigned least recently
    assertThat(assigneesOfNewConversations(f, 4)).containsExactly(Optional.of(c.id()), Optional.of(b.id()),
        Optional.of(c.id()), Optional.of(a.id()));
  }

  @Test
  void balancedModeRespectsTheCapacityLimit() {
    LifecycleFixture f = fixture(AutoAssignment.balanced().withMaxOpenPerAgent(1));
    Agent alice = online(f, f.agent);
    Agent bob = f.newAgent("Bob", Availability.ONLINE);

    assertThat(assigneesOfNewConversations(f, 3)).containsExactly(Optional.of(alice.id()), Optional.of(bob.id()),
        Optional.empty());
  }

  @Test
  void reopeningAnUnassignedConversationByAMessageAutoAssignsIt() {
    LifecycleFixture f = fixture(AutoAssignment.roundRobin());
    Conversation c = f.newConversation();
    f.conversations().resolve(c.id(), Actor.system());
    Agent alice = online(f, f.agent);

    f.conversations().receive(c.id(), "Still broken");

    Conversation reopened = f.conversations().get(c.id());
    assertThat(reopened.status()).isEqualTo(ConversationStatus.OPEN);
    assertThat(reopened.assigneeId()).contains(alice.id());
  }

  @Test
  void reopeningAnUnassignedConversationByCommandAutoAssignsIt() {
    LifecycleFixture f = fixture(AutoAssignment.roundRobin());
    Conversation c = f.newConversation();
    f.conversations().markPending(c.id(), Actor.system());
    Agent alice = online(f, f.agent);

    assertThat(f.conversations().open(c.id(), Actor.system()).assigneeId()).contains(alice.id());
  }

  @Test
  void wakingUpAnUnassignedConversationAutoAssignsIt() {
    LifecycleFixture f = fixture(AutoAssignment.roundRobin());
    Conversation c = f.newConversation();
    f.conversations().snoozeUntil(c.id(), f.inMinutes(10), Actor.system());
    Agent alice = online(f, f.agent);

    f.clock.advance(Duration.ofMinutes(10));
    f.konversio.runDueWork();

    assertThat(f.conversations().get(c.id()).assigneeId()).contains(alice.id());
  }

  /** Regression: auto-assignment on reopen ignored the team, giving the conversation an assignee outside it. */
  @Test
  void reopeningAnUnassignedConversationWithATeamAssignsAMemberOfTheTeam() {
    LifecycleFixture f = fixture(AutoAssignment.roundRobin());
    Agent bob = f.newAgent("Bob", Availability.OFFLINE);
    Team sales = f.desk.teams().create("Sales", "");
    f.desk.teams().addMember(sales.id(), bob.id());
    Conversation c = f.conversations().assignTeam(f.newConversation().id(), sales.id(), Actor.system());
    f.conversations().resolve(c.id(), Actor.system());
    online(f, f.agent);
    f.desk.agents().setAvailability(bob.id(), Availability.ONLINE);

    f.conversations().receive(c.id(), "Back again");

    assertThat(f.conversations().get(c.id()).assigneeId()).contains(bob.id());
  }

  @Test
  void reopeningAnUnassignedConversationWithATeamLeavesItUnassignedWhenNoTeamMemberIsOnline() {
    LifecycleFixture f = fixture(AutoAssignment.roundRobin());
    Team sales = f.desk.teams().create("Sales", "");
    Conversation c = f.conversations().assignTeam(f.newConversation().id(), sales.id(), Actor.system());
    f.conversations().resolve(c.id(), Actor.system());
    online(f, f.agent);

    f.conversations().open(c.id(), Actor.system());

    assertThat(f.conversations().get(c.id()).assigneeId()).isEmpty();
  }

  @Test
  void reopeningKeepsTheAssigneeItHas() {
    LifecycleFixture f = fixture(AutoAssignment.roundRobin());
    Agent bob = f.newAgent("Bob", Availability.ONLINE);
    Conversation c = f.newConversation();
    assertThat(c.assigneeId()).contains(bob.id());
    f.conversations().resolve(c.id(), Actor.system());
    f.desk.agents().setAvailability(bob.id(), Availability.OFFLINE);
    online(f, f.agent);

    f.conversations().receive(c.id(), "Back again");

    assertThat(f.conversations().get(c.id()).assigneeId()).contains(bob.id());
  }

  @Test
  void pendingConversationIsAssignedOnlyWhenOpened() {
    LifecycleFixture f = fixture(AutoAssignment.roundRobin());
    Agent alice = online(f, f.agent);

    Conversation c = f.conversations().create(NewConversation.builder(f.inbox.id(), f.contact.id())
        .status(ConversationStatus.PENDING).message("Bot, help").build(), Actor.contact(f.contact.id()));

    assertThat(c.assigneeId()).isEmpty();
    assertThat(f.conversations().open(c.id(), Actor.system()).assigneeId()).contains(alice.id());
  }

  private static LifecycleFixture fixture(AutoAssignment assignment) {
    return new LifecycleFixture(InboxSettings.defaults().withAutoAssignment(assignment));
  }

  private static Agent online(LifecycleFixture f, Agent agent) {
    return f.desk.agents().setAvailability(agent.id(), Availability.ONLINE);
  }

  private static void assign(LifecycleFixture f, Agent agent, int conversations) {
    for (int i = 0; i < conversations; i++) {
      f.conversations().assign(f.newConversation().id(), agent.id(), Actor.system());
    }
  }

  private static List<Optional<AgentId>> assigneesOfNewConversations(LifecycleFixture f, int count) {
    List<Optional<AgentId>> assignees = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      assignees.add(f.newConversation().assigneeId());
    }
    return assignees;
  }
}
