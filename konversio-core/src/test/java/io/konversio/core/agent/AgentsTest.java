package io.konversio.core.agent;

import static io.konversio.core.FeatureFixture.assertInvalidInput;
import static io.konversio.core.FeatureFixture.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Desk;
import io.konversio.core.FeatureFixture;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgentsTest {
  private final FeatureFixture fx = new FeatureFixture();
  private final Desk desk = fx.newAccount("Acme");
  private final Inbox support = fx.inbox(desk, "Support");
  private final Inbox sales = fx.inbox(desk, "Sales");

  @Test
  void aNewAgentIsOfflineInNoInboxWithTrimmedNameAndLowerCaseEmail() {
    Agent alice = desk.agents().create("  Alice Liddell ", " Alice@Acme.TEST ", AgentRole.AGENT);

    assertThat(alice.name()).isEqualTo("Alice Liddell");
    assertThat(alice.email()).isEqualTo("alice@acme.test");
    assertThat(alice.role()).isEqualTo(AgentRole.AGENT);
    assertThat(alice.availability()).isEqualTo(Availability.OFFLINE);
    assertThat(alice.inboxes()).isEmpty();
    assertThat(alice.accountId()).isEqualTo(desk.accountId());
    assertThat(desk.agents().get(alice.id())).isEqualTo(alice);
  }

  @Test
  void aBlankNameIsRejected() {
    assertInvalidInput(() -> desk.agents().create(" \t", "a@acme.test", AgentRole.AGENT), "name", " \t");
    assertThat(desk.agents().list()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"alice", "alice@", "@acme.test", "al ice@acme.test", "alice@@acme.test", "a@b@c"})
  void anEmailThatIsNotAnAddressIsRejected(String email) {
    assertInvalidInput(() -> desk.agents().create("Alice", email, AgentRole.AGENT), "email", email);
    assertThat(desk.agents().list()).isEmpty();
  }

  @Test
  void aBlankEmailIsRejected() {
    assertInvalidInput(() -> desk.agents().create("Alice", "  ", AgentRole.AGENT), "email", "  ");
  }

  @Test
  void anEmailTakenInAnyCaseIsRejected() {
    Agent alice = desk.agents().create("Alice", "alice@acme.test", AgentRole.AGENT);

    assertInvalidInput(() -> desk.agents().create("Alice Again", "ALICE@acme.Test", AgentRole.ADMINISTRATOR),
        "email", "alice@acme.test");

    assertThat(desk.agents().list()).containsExactly(alice);
  }

  @Test
  void twoAgentsMayShareAName() {
    Agent one = desk.agents().create("Sam", "sam1@acme.test", AgentRole.AGENT);
    Agent two = desk.agents().create("sam", "sam2@acme.test", AgentRole.AGENT);

    assertThat(desk.agents().list()).containsExactly(one, two);
  }

  @ParameterizedTest
  @EnumSource(Availability.class)
  void availabilityCanBeSetToEachValue(Availability availability) {
    Agent alice = fx.agent(desk, "Alice");

    Agent updated = desk.agents().setAvailability(alice.id(), availability);

    assertThat(updated.availability()).isEqualTo(availability);
    assertThat(desk.agents().get(alice.id())).isEqualTo(updated);
    assertThat(Availability.ofCode(availability.code())).isSameAs(availability);
  }

  @Test
  void theRoleCanBeChangedBothWays() {
    Agent alice = fx.agent(desk, "Alice");

    assertThat(desk.agents().setRole(alice.id(), AgentRole.ADMINISTRATOR).isAdministrator()).isTrue();
    assertThat(desk.agents().setRole(alice.id(), AgentRole.AGENT).isAdministrator()).isFalse();
    assertThat(desk.agents().get(alice.id()).role()).isEqualTo(AgentRole.AGENT);
    assertThat(AgentRole.ofCode("administrator")).isEqualTo(AgentRole.ADMINISTRATOR);
  }

  @Test
  void anAgentJoinsAndLeavesInboxes() {
    Agent alice = fx.agent(desk, "Alice");

    desk.agents().addToInbox(alice.id(), support.id());
    Agent inBoth = desk.agents().addToInbox(alice.id(), sales.id());
    assertThat(inBoth.inboxes()).containsExactlyInAnyOrder(support.id(), sales.id());

    Agent inSales = desk.agents().removeFromInbox(alice.id(), support.id());
    assertThat(inSales.inboxes()).containsExactly(sales.id());
    assertThat(desk.agents().get(alice.id()).inboxes()).containsExactly(sales.id());
  }

  @Test
  void joiningAnInboxTwiceOrLeavingOneNotJoinedChangesNothing() {
    Agent alice = fx.agent(desk, "Alice", support);

    assertThat(desk.agents().addToInbox(alice.id(), support.id()).inboxes()).containsExactly(support.id());
    assertThat(desk.agents().removeFromInbox(alice.id(), sales.id()).inboxes()).containsExactly(support.id());
  }

  @Test
  void anUnknownInboxCannotBeJoined() {
    Agent alice = fx.agent(desk, "Alice");
    InboxId unknown = InboxId.of(999);

    assertInvalidInput(() -> desk.agents().addToInbox(alice.id(), unknown), "inbox", unknown);

    assertThat(desk.agents().get(alice.id()).inboxes()).isEmpty();
  }

  @Test
  void anUnknownAgentIsNotFound() {
    AgentId unknown = AgentId.of(999);

    assertThat(desk.agents().find(unknown)).isEmpty();
    assertNotFound(() -> desk.agents().get(unknown));
    assertNotFound(() -> desk.agents().setAvailability(unknown, Availability.ONLINE));
    assertNotFound(() -> desk.agents().setRole(unknown, AgentRole.ADMINISTRATOR));
    assertNotFound(() -> desk.agents().addToInbox(unknown, support.id()));
    assertNotFound(() -> desk.agents().removeFromInbox(unknown, support.id()));
  }

  @Test
  void aMemberOrAnAdministratorCanWorkInAnInboxAndNoOneElse() {
    Agent member = fx.agent(desk, "Member", support);
    Agent outsider = fx.agent(desk, "Outsider", sales);
    Agent admin = fx.agent(desk, "Admin", AgentRole.ADMINISTRATOR);

    assertThat(member.canWorkIn(support.id())).isTrue();
    assertThat(outsider.canWorkIn(support.id())).isFalse();
    assertThat(admin.canWorkIn(support.id())).isTrue();
    assertThat(admin.canWorkIn(sales.id())).isTrue();
  }

  @Test
  void agentsAreListedInTheOrderTheyWereCreated() {
    Agent c = fx.agent(desk, "Carol");
    Agent a = fx.agent(desk, "Alice");
    Agent b = fx.agent(desk, "Bob");

    assertThat(desk.agents().list()).containsExactly(c, a, b);
  }

  @Test
  void anAgentIdMustBePositive() {
    assertThatThrownBy(() -> AgentId.of(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
  }
}
