package io.konversio.core.agent;

import static io.konversio.core.FeatureFixture.assertInvalidInput;
import static io.konversio.core.FeatureFixture.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Desk;
import io.konversio.core.FeatureFixture;
import org.junit.jupiter.api.Test;

class TeamsTest {
  private final FeatureFixture fx = new FeatureFixture();
  private final Desk desk = fx.newAccount("Acme");
  private final Agent alice = fx.agent(desk, "Alice");
  private final Agent bob = fx.agent(desk, "Bob");

  @Test
  void aNewTeamHasTheTrimmedNameItsDescriptionAndNoMembers() {
    Team team = desk.teams().create(" Billing ", "Invoices and refunds");

    assertThat(team.name()).isEqualTo("Billing");
    assertThat(team.description()).isEqualTo("Invoices and refunds");
    assertThat(team.members()).isEmpty();
    assertThat(desk.teams().get(team.id())).isEqualTo(team);
  }

  @Test
  void aBlankNameIsRejected() {
    assertInvalidInput(() -> desk.teams().create("", "x"), "name", "");
    assertThat(desk.teams().list()).isEmpty();
  }

  @Test
  void aNameTakenInAnyCaseIsRejected() {
    Team billing = desk.teams().create("Billing", "");

    assertInvalidInput(() -> desk.teams().create("bILLING", "again"), "name", "bILLING");

    assertThat(desk.teams().list()).containsExactly(billing);
  }

  @Test
  void membersJoinAndLeave() {
    Team team = desk.teams().create("Billing", "");

    desk.teams().addMember(team.id(), alice.id());
    Team both = desk.teams().addMember(team.id(), bob.id());
    assertThat(both.members()).containsExactlyInAnyOrder(alice.id(), bob.id());
    assertThat(both.hasMember(bob.id())).isTrue();

    Team onlyBob = desk.teams().removeMember(team.id(), alice.id());
    assertThat(onlyBob.members()).containsExactly(bob.id());
    assertThat(desk.teams().get(team.id())).isEqualTo(onlyBob);
  }

  @Test
  void addingAMemberTwiceOrRemovingANonMemberChangesNothing() {
    Team team = desk.teams().create("Billing", "");
    desk.teams().addMember(team.id(), alice.id());

    assertThat(desk.teams().addMember(team.id(), alice.id()).members()).containsExactly(alice.id());
    assertThat(desk.teams().removeMember(team.id(), bob.id()).members()).containsExactly(alice.id());
  }

  @Test
  void anUnknownAgentCannotBecomeAMember() {
    Team team = desk.teams().create("Billing", "");
    AgentId unknown = AgentId.of(999);

    assertInvalidInput(() -> desk.teams().addMember(team.id(), unknown), "agent", unknown);

    assertThat(desk.teams().get(team.id()).members()).isEmpty();
  }

  @Test
  void anUnknownTeamIsNotFound() {
    TeamId unknown = TeamId.of(999);

    assertThat(desk.teams().find(unknown)).isEmpty();
    assertNotFound(() -> desk.teams().get(unknown));
    assertNotFound(() -> desk.teams().addMember(unknown, alice.id()));
    assertNotFound(() -> desk.teams().removeMember(unknown, alice.id()));
  }

  @Test
  void anAgentMayBeInSeveralTeams() {
    Team billing = desk.teams().addMember(desk.teams().create("Billing", "").id(), alice.id());
    Team sales = desk.teams().addMember(desk.teams().create("Sales", "").id(), alice.id());

    assertThat(desk.teams().list()).containsExactly(billing, sales);
    assertThat(desk.teams().list()).allMatch(t -> t.hasMember(alice.id()));
  }
}
