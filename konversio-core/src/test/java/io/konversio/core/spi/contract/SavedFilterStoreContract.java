package io.konversio.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.Team;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Priority;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.search.AssigneeFilter;
import io.konversio.core.search.AttributeCondition;
import io.konversio.core.search.AttributeCondition.Operator;
import io.konversio.core.search.ConversationQuery;
import io.konversio.core.search.SavedFilter;
import io.konversio.core.search.SavedFilterId;
import io.konversio.core.search.SortOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.konversio.core.spi.SavedFilterStore}: above all, that a stored
 * {@link ConversationQuery} is read back equal, every field included. Subclass it with {@link #newStore()}
 * returning a fresh store of the implementation under test. Not thread-safe.
 */
public abstract class SavedFilterStoreContract extends StoreContractSupport {

  private SavedFilter newFilter(World w, AgentId owner, String name, ConversationQuery query) {
    return write(tx -> {
      SavedFilter f = new SavedFilter(SavedFilterId.of(tx.nextId("saved_filter")), w.accountId(), owner, name,
          query, minutes(1));
      tx.savedFilters().insert(f);
      return f;
    });
  }

  private Optional<SavedFilter> find(World w, SavedFilter filter) {
    return read(tx -> tx.savedFilters().find(w.accountId(), filter.id()));
  }

  /** A query that sets every field, with attribute values of every stored type. */
  private ConversationQuery everyField(World w, Team team, Inbox web) {
    return ConversationQuery.builder()
        .statuses(ConversationStatus.OPEN, ConversationStatus.PENDING, ConversationStatus.SNOOZED)
        .assignee(AssigneeFilter.agent(w.agent().id()))
        .teams(team.id())
        .labelsAny("vip", "Rückerstattung")
        .labelsAll("billing")
        .labelsNone("spam", "100% junk")
        .inboxes(w.inbox().id(), web.id())
        .channelTypes(ChannelType.EMAIL, ChannelType.WEBSITE, ChannelType.WHATSAPP)
        .priorities(Priority.HIGH, Priority.URGENT)
        .createdBetween(minutes(-600), minutes(600))
        .lastActivityBetween(minutes(-60), null)
        .attribute(AttributeCondition.of("plan", Operator.EQUAL, "Gold ✨"))
        .attribute(AttributeCondition.of("seats", Operator.GREATER, new BigDecimal("12.50")))
        .attribute(AttributeCondition.of("renewal", Operator.LESS, LocalDate.of(2026, 12, 31)))
        .attribute(AttributeCondition.of("vip", Operator.NOT_EQUAL, Boolean.FALSE))
        .attribute(AttributeCondition.of("note", Operator.CONTAINS, "straße"))
        .attribute(AttributeCondition.present("website"))
        .attribute(AttributeCondition.notPresent("churned"))
        .text("Rechnung „falsch“ 50% _x_")
        .sort(SortOrder.WAITING_SINCE_DESC)
        .page(3, 50)
        .build();
  }

  @Test
  void aQueryWithEveryFieldRoundTripsEqual() {
    World w = newWorld("Acme");
    Team team = newTeam(w.accountId(), "Billing", w.agent());
    Inbox web = newInbox(w.accountId(), "Web", ChannelType.WEBSITE);
    SavedFilter filter = newFilter(w, w.agent().id(), "Offene VIP-Fälle 🔥", everyField(w, team, web));

    Optional<SavedFilter> found = find(w, filter);

    assertThat(found).contains(filter);
    assertThat(found.orElseThrow().query()).isEqualTo(everyField(w, team, web));
  }

  @Test
  void theDefaultQueryRoundTripsEqual() {
    World w = newWorld("Acme");
    SavedFilter filter = newFilter(w, w.agent().id(), "Everything", ConversationQuery.all());

    Optional<SavedFilter> found = find(w, filter);

    assertThat(found).map(SavedFilter::query).contains(ConversationQuery.all());
  }

  @Test
  void everyAssigneeFilterSortOrderAndOperatorRoundTrips() {
    World w = newWorld("Acme");
    List<AssigneeFilter> assignees = List.of(AssigneeFilter.any(), AssigneeFilter.mine(),
        AssigneeFilter.unassigned(), AssigneeFilter.assigned(), AssigneeFilter.agent(w.agent().id()));
    List<SavedFilter> filters = new ArrayList<>();
    for (SortOrder sort : SortOrder.values()) {
      int n = filters.size();
      Operator operator = Operator.values()[n % Operator.values().length];
      AttributeCondition condition = operator == Operator.PRESENT || operator == Operator.NOT_PRESENT
          ? new AttributeCondition("key_" + n, operator, Optional.empty())
          : AttributeCondition.of("key_" + n, operator, "value " + n);
      ConversationQuery query = ConversationQuery.builder().assignee(assignees.get(n % assignees.size()))
          .attribute(condition).sort(sort).page(n, 1 + n).build();
      filters.add(newFilter(w, w.agent().id(), "filter " + n, query));
    }

    for (SavedFilter f : filters) {
      assertThat(find(w, f)).contains(f);
    }
  }

  @Test
  void listHoldsTheOwnersFiltersOrderedByNameIgnoringCase() {
    World w = newWorld("Acme");
    Agent bob = newAgent(w.accountId(), "Bob", w.inbox());
    AgentId zoe = w.agent().id();
    SavedFilter urgent = newFilter(w, zoe, "Urgent", ConversationQuery.all());
    SavedFilter billing = newFilter(w, zoe, "billing", ConversationQuery.all());
    SavedFilter umlaut = newFilter(w, zoe, "Ärger", ConversationQuery.all());
    SavedFilter digits = newFilter(w, zoe, "2 days old", ConversationQuery.all());
    newFilter(w, bob.id(), "Bob's", ConversationQuery.all());

    List<SavedFilter> listed = read(tx -> tx.savedFilters().list(w.accountId(), zoe));

    assertThat(listed).containsExactly(digits, billing, urgent, umlaut);
  }

  @Test
  void listKeepsToTheAccount() {
    World acme = newWorld("Acme");
    World globex = newWorld("Globex");
    newFilter(acme, acme.agent().id(), "Mine", ConversationQuery.all());

    List<SavedFilter> listed = read(tx -> tx.savedFilters().list(globex.accountId(), acme.agent().id()));

    assertThat(listed).isEmpty();
  }

  @Test
  void deleteRemovesOnlyThatFilter() {
    World w = newWorld("Acme");
    SavedFilter open = newFilter(w, w.agent().id(), "Open", ConversationQuery.all());
    SavedFilter resolved = newFilter(w, w.agent().id(), "Resolved", ConversationQuery.all());

    useWrite(tx -> tx.savedFilters().delete(w.accountId(), open.id()));

    List<SavedFilter> listed = read(tx -> tx.savedFilters().list(w.accountId(), w.agent().id()));
    assertThat(listed).containsExactly(resolved);
    assertThat(find(w, open)).isEmpty();
  }

  @Test
  void deleteAsAnotherAccountOrOfAnUnknownIdDoesNothing() {
    World acme = newWorld("Acme");
    World globex = newWorld("Globex");
    SavedFilter open = newFilter(acme, acme.agent().id(), "Open", ConversationQuery.all());

    useWrite(tx -> {
      tx.savedFilters().delete(globex.accountId(), open.id());
      tx.savedFilters().delete(acme.accountId(), SavedFilterId.of(888_888));
    });

    assertThat(find(acme, open)).contains(open);
  }

  @Test
  void findWithAnotherAccountIsEmpty() {
    World acme = newWorld("Acme");
    World globex = newWorld("Globex");
    SavedFilter open = newFilter(acme, acme.agent().id(), "Open", ConversationQuery.all());

    Optional<SavedFilter> found = read(tx -> tx.savedFilters().find(globex.accountId(), open.id()));

    assertThat(found).isEmpty();
  }

  @Test
  void insertingAnExistingIdThrowsAndKeepsTheStoredFilter() {
    World w = newWorld("Acme");
    SavedFilter open = newFilter(w, w.agent().id(), "Open", ConversationQuery.all());
    SavedFilter sameId = new SavedFilter(open.id(), w.accountId(), w.agent().id(), "Other",
        ConversationQuery.builder().text("x").build(), minutes(2));

    assertThatThrownBy(() -> useWrite(tx -> tx.savedFilters().insert(sameId))).isInstanceOf(RuntimeException.class);

    assertThat(find(w, open)).contains(open);
  }
}
