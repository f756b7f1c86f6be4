package io.konversio.core.search;

import static io.konversio.core.FeatureFixture.assertInvalidInput;
import static io.konversio.core.FeatureFixture.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.FeatureFixture;
import io.konversio.core.Page;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.contact.Contact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.inbox.Inbox;
import org.junit.jupiter.api.Test;

/** Saved filters: named queries per agent, run again by id as seen by their owner. */
class SavedFiltersTest {
  private final FeatureFixture fx = new FeatureFixture();
  private final Desk desk = fx.newAccount("Acme");
  private final Inbox inbox = fx.inbox(desk, "Support");
  private final Agent alice = fx.agent(desk, "Alice", inbox);
  private final Agent bob = fx.agent(desk, "Bob", inbox);
  private final Contact ada = fx.contact(desk, "Ada");
  private final SavedFilters filters = desk.savedFilters();
  private final ConversationQuery mineOpen = ConversationQuery.builder().assignee(AssigneeFilter.mine())
      .statuses(ConversationStatus.OPEN).build();

  @Test
  void aSavedFilterKeepsItsOwnerTrimmedNameQueryAndTime() {
    SavedFilter saved = filters.save(alice.id(), "  My open ones ", mineOpen);

    assertThat(saved.owner()).isEqualTo(alice.id());
    assertThat(saved.name()).isEqualTo("My open ones");
    assertThat(saved.query()).isEqualTo(mineOpen);
    assertThat(saved.createdAt()).isEqualTo(FeatureFixture.START);
    assertThat(saved.accountId()).isEqualTo(desk.accountId());
    assertThat(filters.get(saved.id())).isEqualTo(saved);
  }

  @Test
  void runningAFilterRunsItsQueryAsItsOwnerWhoeverAsks() {
    Conversation alices = assign(fx.conversation(desk, inbox, ada, "one"), alice);
    assign(fx.conversation(desk, inbox, ada, "two"), bob);
    SavedFilter alicesFilter = filters.save(alice.id(), "Mine", mineOpen);
    SavedFilter bobsFilter = filters.save(bob.id(), "Mine", mineOpen);

    assertThat(ids(filters.run(alicesFilter.id()))).containsExactly(alices.id());
    assertThat(ids(filters.run(bobsFilter.id()))).doesNotContain(alices.id()).hasSize(1);
  }

  @Test
  void aSavedFilterIsAQueryNotASnapshot() {
    SavedFilter saved = filters.save(alice.id(), "Mine", mineOpen);
    assertThat(filters.run(saved.id()).total()).isZero();

    Conversation later = assign(fx.conversation(desk, inbox, ada, "later"), alice);

    assertThat(ids(filters.run(saved.id()))).containsExactly(later.id());
    desk.conversations().resolve(later.id(), Actor.agent(alice.id()));
    assertThat(filters.run(saved.id()).total()).isZero();
  }

  @Test
  void aFilterRunsOnAnyPage() {
    for (int i = 0; i < 5; i++) {
      fx.conversation(desk, inbox, ada, "message " + i);
    }
    SavedFilter saved = filters.save(alice.id(), "Everything", ConversationQuery.all());

    Page<Conversation> second = filters.run(saved.id(), 1, 2);

    assertThat(second.items()).hasSize(2);
    assertThat(second.page()).isEqualTo(1);
    assertThat(second.total()).isEqualTo(5);
    assertThat(filters.get(saved.id()).query()).isEqualTo(ConversationQuery.all());
  }

  @Test
  void runningOnABadPageOrSizeIsRejectedNamingIt() {
    SavedFilter saved = filters.save(alice.id(), "Everything", ConversationQuery.all());

    assertInvalidInput(() -> filters.run(saved.id(), -1, 10), "page", -1);
    assertInvalidInput(() -> filters.run(saved.id(), 0, 0), "size", 0);
    assertInvalidInput(() -> filters.run(saved.id(), 0, ConversationQuery.MAX_PAGE_SIZE + 1), "size",
        ConversationQuery.MAX_PAGE_SIZE + 1);
  }

  @Test
  void anAgentKeepsAtMostTheMaximumNumberOfFilters() {
    for (int i = 0; i < SavedFilters.MAX_PER_AGENT; i++) {
      filters.save(alice.id(), "Filter " + i, ConversationQuery.all());
    }

    assertInvalidInput(() -> filters.save(alice.id(), "One too many", ConversationQuery.all()), "owner",
        alice.id());
    assertThat(filters.list(alice.id())).hasSize(SavedFilters.MAX_PER_AGENT);
    assertThat(filters.save(bob.id(), "Bob's first", ConversationQuery.all()).owner()).isEqualTo(bob.id());
  }

  @Test
  void anAgentsFiltersAreListedByNameRegardlessOfCase() {
    filters.save(alice.id(), "zeta", ConversationQuery.all());
    filters.save(alice.id(), "Beta", ConversationQuery.all());
    filters.save(alice.id(), "alpha", ConversationQuery.all());

    assertThat(filters.list(alice.id())).extracting(SavedFilter::name).containsExactly("alpha", "Beta", "zeta");
  }

  @Test
  void anotherAgentsFiltersAreNotListed() {
    SavedFilter alicesFilter = filters.save(alice.id(), "Alice's", ConversationQuery.all());
    SavedFilter bobsFilter = filters.save(bob.id(), "Bob's", ConversationQuery.all());

    assertThat(filters.list(alice.id())).containsExactly(alicesFilter);
    assertThat(filters.list(bob.id())).containsExactly(bobsFilter);
  }

  @Test
  void aNameTakenByTheSameAgentInAnyCaseIsRejected() {
    SavedFilter first = filters.save(alice.id(), "Urgent", ConversationQuery.all());

    assertInvalidInput(() -> filters.save(alice.id(), " URGENT ", mineOpen), "name", "URGENT");

    assertThat(filters.list(alice.id())).containsExactly(first);
  }

  @Test
  void twoAgentsMayUseTheSameName() {
    filters.save(alice.id(), "Urgent", ConversationQuery.all());

    assertThat(filters.save(bob.id(), "urgent", ConversationQuery.all()).name()).isEqualTo("urgent");
  }

  @Test
  void aBlankNameIsRejected() {
    assertInvalidInput(() -> filters.save(alice.id(), " ", ConversationQuery.all()), "name", " ");
    assertThat(filters.list(alice.id())).isEmpty();
  }

  @Test
  void anUnknownOwnerIsRejected() {
    AgentId unknown = AgentId.of(999);

    assertInvalidInput(() -> filters.save(unknown, "Mine", ConversationQuery.all()), "owner", unknown);
    assertThat(filters.list(unknown)).isEmpty();
  }

  @Test
  void aDeletedFilterIsGone() {
    SavedFilter kept = filters.save(alice.id(), "Kept", ConversationQuery.all());
    SavedFilter doomed = filters.save(alice.id(), "Doomed", ConversationQuery.all());

    filters.delete(doomed.id());

    assertThat(filters.find(doomed.id())).isEmpty();
    assertNotFound(() -> filters.get(doomed.id()));
    assertNotFound(() -> filters.run(doomed.id()));
    assertNotFound(() -> filters.delete(doomed.id()));
    assertThat(filters.list(alice.id())).containsExactly(kept);
    assertThat(filters.save(alice.id(), "Doomed", ConversationQuery.all()).name()).isEqualTo("Doomed");
  }

  @Test
  void anUnknownFilterIsNotFound() {
    SavedFilterId unknown = SavedFilterId.of(404);

    assertThat(filters.find(unknown)).isEmpty();
    assertNotFound(() -> filters.get(unknown));
    assertNotFound(() -> filters.run(unknown));
    assertNotFound(() -> filters.run(unknown, 0, 10));
    assertNotFound(() -> filters.delete(unknown));
  }

  private Conversation assign(Conversation c, Agent agent) {
    return desk.conversations().assign(c.id(), agent.id(), Actor.system());
  }

  private static java.util.List<io.konversio.core.conversation.ConversationId> ids(Page<Conversation> page) {
    return page.items().stream().map(Conversation::id).toList();
  }
}
