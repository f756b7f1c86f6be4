package io.konversio.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.FeatureFixture;
import io.konversio.core.agent.Agent;
import io.konversio.core.contact.Contact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.inbox.Inbox;
import org.junit.jupiter.api.Test;

/** The mine / unassigned / assigned / all counts of a conversation list. */
class ConversationCountsTest {
  private final FeatureFixture fx = new FeatureFixture();
  private final Desk desk = fx.newAccount("Acme");
  private final Inbox support = fx.inbox(desk, "Support");
  private final Inbox sales = fx.inbox(desk, "Sales");
  private final Agent alice = fx.agent(desk, "Alice", support, sales);
  private final Agent bob = fx.agent(desk, "Bob", support, sales);
  private final Agent carol = fx.agent(desk, "Carol", support, sales);
  private final Contact ada = fx.contact(desk, "Ada");

  /** Alice has two (one resolved), Bob one, two are unassigned (one in sales). */
  private final Conversation alicesOpen = assigned(fx.conversation(desk, support, ada, "refund please"), alice);
  private final Conversation alicesResolved = desk.conversations().resolve(
      assigned(fx.conversation(desk, support, ada, "thanks"), alice).id(), Actor.system());
  private final Conversation bobsOpen = assigned(fx.conversation(desk, support, ada, "login broken"), bob);
  private final Conversation unassignedSupport = fx.conversation(desk, support, ada, "refund again");
  private final Conversation unassignedSales = fx.conversation(desk, sales, ada, "price list?");

  @Test
  void countsSplitTheMatchesByAssigneeFromTheViewersSide() {
    assertThat(counts(ConversationQuery.all(), alice)).isEqualTo(new ConversationCounts(2, 2, 3, 5));
    assertThat(counts(ConversationQuery.all(), bob)).isEqualTo(new ConversationCounts(1, 2, 3, 5));
    assertThat(counts(ConversationQuery.all(), carol)).isEqualTo(new ConversationCounts(0, 2, 3, 5));
  }

  @Test
  void countsHonourTheOtherFilters() {
    ConversationQuery openInSupport = ConversationQuery.builder().statuses(ConversationStatus.OPEN)
        .inboxes(support.id()).build();

    assertThat(counts(openInSupport, alice)).isEqualTo(new ConversationCounts(1, 1, 2, 3));
    assertThat(counts(ConversationQuery.builder().text("refund").build(), alice))
        .isEqualTo(new ConversationCounts(1, 1, 1, 2));
  }

  @Test
  void countsIgnoreTheQuerysOwnAssigneeFilter() {
    ConversationCounts all = counts(ConversationQuery.all(), alice);

    for (AssigneeFilter filter : new AssigneeFilter[] {AssigneeFilter.unassigned(), AssigneeFilter.mine(),
        AssigneeFilter.assigned(), AssigneeFilter.agent(bob.id())}) {
      assertThat(counts(ConversationQuery.builder().assignee(filter).build(), alice)).isEqualTo(all);
    }
  }

  @Test
  void theCountsAgreeWithTheLists() {
    ConversationQuery.Builder open = ConversationQuery.builder().statuses(ConversationStatus.OPEN);
    ConversationCounts counts = counts(open.build(), alice);

    assertThat(desk.conversations().list(open.assignee(AssigneeFilter.mine()).build(), alice.id()).total())
        .isEqualTo(counts.mine());
    assertThat(desk.conversations().list(open.assignee(AssigneeFilter.unassigned()).build()).total())
        .isEqualTo(counts.unassigned());
    assertThat(desk.conversations().list(open.assignee(AssigneeFilter.assigned()).build()).total())
        .isEqualTo(counts.assigned());
    assertThat(desk.conversations().list(open.assignee(AssigneeFilter.any()).build()).total())
        .isEqualTo(counts.all());
  }

  @Test
  void noMatchesCountsZeroEverywhere() {
    assertThat(counts(ConversationQuery.builder().text("nothing like this").build(), alice))
        .isEqualTo(new ConversationCounts(0, 0, 0, 0));
  }

  private Conversation assigned(Conversation c, Agent agent) {
    return desk.conversations().assign(c.id(), agent.id(), Actor.system());
  }

  private ConversationCounts counts(ConversationQuery query, Agent viewer) {
    return desk.conversations().counts(query, viewer.id());
  }
}
