package io.konversio.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.konversio.core.Actor;
import io.konversio.core.InvalidInputException;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.agent.Team;
import io.konversio.core.event.AssigneeChanged;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.inbox.AutoAssignment;
import io.konversio.core.inbox.InboxSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random sequences of assignment commands in a round-robin inbox, checked after every step: an assignee may work
 * in the inbox, belongs to the team if there is one, follows the conversation, and reopening leaves a conversation
 * unassigned only when nobody was eligible.
 */
class AssignmentInvariantsTest {

  enum Command {
    ASSIGN, UNASSIGN, SET_TEAM, REMOVE_TEAM, RESOLVE, OPEN, INCOMING_MESSAGE, GO_ONLINE, GO_OFFLINE
  }

  /** One command; {@code target} picks the agent or team it is about. */
  record Step(Command command, int target) {
    @Override
    public String toString() {
      return command + "(" + target + ")";
    }
  }

  /** Five agents (members, an administrator, an outsider) and three teams, all fixed before the steps. */
  static final class Setup {
    final LifecycleFixture f = new LifecycleFixture(
        InboxSettings.defaults().withAutoAssignment(AutoAssignment.roundRobin()));
    final List<Agent> agents;
    final List<Team> teams;

    Setup() {
      Agent a = f.agent;
      Agent b = f.newAgent("Bob", Availability.ONLINE);
      Agent c = f.newAgent("Carol", Availability.OFFLINE);
      Agent admin = f.newAgentOutsideInbox("Dana", AgentRole.ADMINISTRATOR);
      Agent outsider = f.newAgentOutsideInbox("Eve", AgentRole.AGENT);
      agents = List.of(a, b, c, admin, outsider);
      teams = List.of(team("Billing", a, b), team("Escalations", b, admin), team("Partners", outsider));
    }

    private Team team(String name, Agent... members) {
      Team team = f.desk.teams().create(name, "");
      for (Agent member : members) {
        team = f.desk.teams().addMember(team.id(), member.id());
      }
      return team;
    }

    Agent agent(int target) {
      return f.desk.agents().get(agents.get(target % agents.size()).id());
    }

    Team team(int target) {
      return teams.get(target % teams.size());
    }
  }

  @Test
  void randomAssignmentCommandsKeepTheAssignmentInvariants() {
    Gen<Step> steps = arbitrary().enumValues(Command.class).zip(integers().between(0, 14), Step::new);
    qt().withFixedSeed(4_242L).withExamples(200)
        .forAll(lists().of(steps).ofSizeBetween(1, 30))
        .checkAssert(AssignmentInvariantsTest::runAndCheck);
  }

  private static void runAndCheck(List<Step> sequence) {
    Setup s = new Setup();
    Conversation current = s.f.newConversation();
    check(s, "after create", current);
    for (Step step : sequence) {
      Conversation before = current;
      int eventsBefore = s.f.events.size();
      boolean rejected = run(s, step, before);
      current = s.f.conversations().get(before.id());
      String context = "after " + step;
      if (rejected) {
        assertThat(current).as(context + " (rejected)").isEqualTo(before);
      }
      check(s, context, current);
      checkAssigneeEvents(context, before, current, s.f.events.subList(eventsBefore, s.f.events.size()));
      checkReopenAssigns(s, context, before, current);
    }
  }

  /** A conversation reopened without an assignee gets one, unless no online member (of its team) exists. */
  private static void checkReopenAssigns(Setup s, String context, Conversation before, Conversation after) {
    boolean reopened = before.status() != ConversationStatus.OPEN && after.status() == ConversationStatus.OPEN;
    if (reopened && after.assigneeId().isEmpty()) {
      assertThat(s.agents).as(context + ": left unassigned although someone was eligible")
          .map(a -> s.f.desk.agents().get(a.id()))
          .noneMatch(a -> a.availability() == Availability.ONLINE && a.inboxes().contains(s.f.inbox.id())
              && after.teamId().map(t -> s.f.desk.teams().get(t).hasMember(a.id())).orElse(true));
    }
  }

  /** Runs the step; returns whether it was rejected as invalid input. */
  private static boolean run(Setup s, Step step, Conversation c) {
    Conversations conversations = s.f.conversations();
    Actor admin = Actor.system();
    try {
      switch (step.command()) {
        case ASSIGN -> conversations.assign(c.id(), s.agent(step.target()).id(), admin);
        case UNASSIGN -> conversations.unassign(c.id(), admin);
        case SET_TEAM -> conversations.assignTeam(c.id(), s.team(step.target()).id(), admin);
        case REMOVE_TEAM -> conversations.removeTeam(c.id(), admin);
        case RESOLVE -> conversations.resolve(c.id(), admin);
        case OPEN -> conversations.open(c.id(), admin);
        case INCOMING_MESSAGE -> conversations.receive(c.id(), "Hello again");
        case GO_ONLINE -> s.f.desk.agents().setAvailability(s.agent(step.target()).id(), Availability.ONLINE);
        case GO_OFFLINE -> s.f.desk.agents().setAvailability(s.agent(step.target()).id(), Availability.OFFLINE);
      }
      return false;
    } catch (InvalidInputException e) {
      assertThat(step.command()).as("rejected " + step + ": " + e.getMessage()).isEqualTo(Command.ASSIGN);
      return true;
    }
  }

  private static void check(Setup s, String context, Conversation c) {
    c.assigneeId().ifPresent(id -> {
      Agent assignee = s.f.desk.agents().get(id);
      assertThat(assignee.canWorkIn(c.inboxId())).as(context + ": assignee may work in the inbox").isTrue();
      assertThat(c.participants()).as(context + ": assignee follows the conversation").contains(id);
      c.teamId().ifPresent(t -> assertThat(s.f.desk.teams().get(t).hasMember(id))
          .as(context + ": assignee is in the team").isTrue());
    });
  }

  private static void checkAssigneeEvents(String context, Conversation before, Conversation after,
      List<DomainEvent> events) {
    List<AssigneeChanged> changes = events.stream().filter(AssigneeChanged.class::isInstance)
        .map(AssigneeChanged.class::cast).toList();
    if (before.assigneeId().equals(after.assigneeId())) {
      assertThat(changes).as(context + ": assignee events").isEmpty();
    } else {
      assertThat(changes).as(context + ": assignee events").singleElement().satisfies(e -> {
        assertThat(e.from()).isEqualTo(before.assigneeId());
        assertThat(e.to()).isEqualTo(after.assigneeId());
      });
    }
  }
}
