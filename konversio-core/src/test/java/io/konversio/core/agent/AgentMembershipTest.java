package io.konversio.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Desk;
import io.konversio.core.InvalidInputException;
import io.konversio.core.Konversio;
import io.konversio.core.NotFoundException;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import org.junit.jupiter.api.Test;

/** Inbox and team memberships, which decide who may be assigned, never cross accounts. */
class AgentMembershipTest {
  private final Konversio konversio = Konversio.builder().build();
  private final Desk acme = konversio.desk(konversio.accounts().create("Acme").id());
  private final Desk globex = konversio.desk(konversio.accounts().create("Globex").id());
  private final Agent alice = acme.agents().create("Alice", "alice@acme.test", AgentRole.AGENT);

  @Test
  void newAgentIsOfflineAndInNoInbox() {
    assertThat(alice.availability()).isEqualTo(Availability.OFFLINE);
    assertThat(alice.inboxes()).isEmpty();
    assertThat(alice.canWorkIn(acme.inboxes().create("Support", ChannelType.EMAIL).id())).isFalse();
  }

  @Test
  void memberCanWorkInTheInboxUntilRemoved() {
    Inbox support = acme.inboxes().create("Support", ChannelType.EMAIL);

    assertThat(acme.agents().addToInbox(alice.id(), support.id()).canWorkIn(support.id())).isTrue();
    assertThat(acme.agents().removeFromInbox(alice.id(), support.id()).canWorkIn(support.id())).isFalse();
  }

  @Test
  void administratorCanWorkInEveryInboxOfTheAccount() {
    Inbox support = acme.inboxes().create("Support", ChannelType.EMAIL);

    assertThat(acme.agents().setRole(alice.id(), AgentRole.ADMINISTRATOR).canWorkIn(support.id())).isTrue();
  }

  @Test
  void agentCannotJoinAnInboxOfAnotherAccount() {
    Inbox theirs = globex.inboxes().create("Help", ChannelType.API);

    assertThatThrownBy(() -> acme.agents().addToInbox(alice.id(), theirs.id()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("inbox"));
    assertThat(acme.agents().get(alice.id()).inboxes()).isEmpty();
  }

  @Test
  void agentOfAnotherAccountCannotJoinATeam() {
    Team billing = acme.teams().create("Billing", "");
    Agent mallory = globex.agents().create("Mallory", "mallory@globex.test", AgentRole.ADMINISTRATOR);

    assertThatThrownBy(() -> acme.teams().addMember(billing.id(), mallory.id()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("agent"));
    assertThat(acme.teams().get(billing.id()).members()).isEmpty();
  }

  @Test
  void agentOfAnotherAccountIsNotFound() {
    assertThat(globex.agents().find(alice.id())).isEmpty();
    assertThatThrownBy(() -> globex.agents().setAvailability(alice.id(), Availability.ONLINE))
        .isInstanceOf(NotFoundException.class);
    assertThat(acme.agents().get(alice.id()).availability()).isEqualTo(Availability.OFFLINE);
  }
}
