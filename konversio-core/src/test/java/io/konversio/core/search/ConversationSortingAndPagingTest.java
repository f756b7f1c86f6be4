package io.konversio.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.FeatureFixture;
import io.konversio.core.Page;
import io.konversio.core.agent.Agent;
import io.konversio.core.contact.Contact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.conversation.Priority;
import io.konversio.core.inbox.Inbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sort orders of a conversation list, their tie-break, and paging. */
class ConversationSortingAndPagingTest {
  private final FeatureFixture fx = new FeatureFixture();
  private final Desk desk = fx.newAccount("Acme");
  private final Inbox inbox = fx.inbox(desk, "Support");
  private final Agent alice = fx.agent(desk, "Alice", inbox);
  private final Contact ada = fx.contact(desk, "Ada");

  @Nested
  class SortOrders {
    private final Conversation c1;
    private final Conversation c2;
    private final Conversation c3;
    private final Conversation c4;

    /**
     * c1 low, created first, waiting longest, most recent activity; c2 urgent; c3 no priority, answered so not
     * waiting; c4 low, created last.
     */
    SortOrders() {
      c1 = conversation(Priority.LOW);
      fx.advance(Duration.ofMinutes(1));
      c2 = conversation(Priority.URGENT);
      fx.advance(Duration.ofMinutes(1));
      c3 = conversation(Priority.NONE);
      fx.advance(Duration.ofMinutes(1));
      c4 = conversation(Priority.LOW);
      fx.advance(Duration.ofMinutes(2));
      desk.conversations().reply(c3.id(), "Answered", Actor.agent(alice.id()));
      fx.advance(Duration.ofMinutes(5));
      desk.conversations().receive(c1.id(), "Still waiting");
    }

    @Test
    void byLastActivity() {
      assertThat(sorted(SortOrder.LAST_ACTIVITY_DESC)).containsExactly(c1.id(), c3.id(), c4.id(), c2.id());
      assertThat(sorted(SortOrder.LAST_ACTIVITY_ASC)).containsExactly(c2.id(), c4.id(), c3.id(), c1.id());
    }

    @Test
    void byCreation() {
      assertThat(sorted(SortOrder.CREATED_DESC)).containsExactly(c4.id(), c3.id(), c2.id(), c1.id());
      assertThat(sorted(SortOrder.CREATED_ASC)).containsExactly(c1.id(), c2.id(), c3.id(), c4.id());
    }

    @Test
    void byPriorityWithTiesNewestFirst() {
      assertThat(sorted(SortOrder.PRIORITY_DESC)).containsExactly(c2.id(), c4.id(), c1.id(), c3.id());
      assertThat(sorted(SortOrder.PRIORITY_ASC)).containsExactly(c3.id(), c4.id(), c1.id(), c2.id());
    }

    @Test
    void byWaitingSinceWithConversationsNotWaitingLastBothWays() {
      assertThat(desk.conversations().get(c3.id()).waitingSince()).isEmpty();

      assertThat(sorted(SortOrder.WAITING_SINCE_ASC)).containsExactly(c1.id(), c2.id(), c4.id(), c3.id());
      assertThat(sorted(SortOrder.WAITING_SINCE_DESC)).containsExactly(c4.id(), c2.id(), c1.id(), c3.id());
    }

    @Test
    void theDefaultIsMostRecentActivityFirst() {
      assertThat(ConversationQuery.all().sort()).isEqualTo(SortOrder.LAST_ACTIVITY_DESC);
      assertThat(desk.conversations().list(ConversationQuery.all()).items()).extracting(Conversation::id)
          .containsExactly(c1.id(), c3.id(), c4.id(), c2.id());
    }
  }

  @ParameterizedTest
  @EnumSource(SortOrder.class)
  void tiesAreBrokenByIdNewestFirstInEveryOrder(SortOrder order) {
    List<ConversationId> created = IntStream.range(0, 4).mapToObj(i -> conversation(Priority.MEDIUM).id())
        .toList();

    List<ConversationId> newestFirst = new ArrayList<>(created);
    java.util.Collections.reverse(newestFirst);
    assertThat(sorted(order)).containsExactlyElementsOf(newestFirst);
  }

  @Test
  void pagesSplitTheSortedListAndKnowTheTotal() {
    List<ConversationId> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      created.add(conversation(Priority.NONE).id());
      fx.advance(Duration.ofSeconds(1));
    }
    ConversationQuery.Builder query = ConversationQuery.builder().sort(SortOrder.CREATED_ASC);

    List<Page<Conversation>> pages = IntStream.range(0, 4)
        .mapToObj(p -> desk.conversations().list(query.page(p, 3).build())).toList();

    assertThat(pages).extracting(p -> p.items().size()).containsExactly(3, 3, 1, 0);
    assertThat(pages).extracting(Page::hasNext).containsExactly(true, true, false, false);
    assertThat(pages).allSatisfy(p -> {
      assertThat(p.total()).isEqualTo(7);
      assertThat(p.size()).isEqualTo(3);
    });
    assertThat(pages).extracting(Page::page).containsExactly(0, 1, 2, 3);
    assertThat(pages.stream().flatMap(p -> p.items().stream()).map(Conversation::id))
        .containsExactlyElementsOf(created);
  }

  @Test
  void theDefaultPageIsTheFirst25() {
    for (int i = 0; i < 30; i++) {
      conversation(Priority.NONE);
    }

    Page<Conversation> page = desk.conversations().list(ConversationQuery.all());

    assertThat(page.items()).hasSize(25);
    assertThat(page.page()).isZero();
    assertThat(page.total()).isEqualTo(30);
    assertThat(page.hasNext()).isTrue();
  }

  @Test
  void anExactlyFullLastPageHasNoNext() {
    for (int i = 0; i < 4; i++) {
      conversation(Priority.NONE);
    }

    assertThat(desk.conversations().list(ConversationQuery.builder().page(1, 2).build()).hasNext()).isFalse();
    assertThat(desk.conversations().list(ConversationQuery.builder().page(0, 2).build()).hasNext()).isTrue();
  }

  private Conversation conversation(Priority priority) {
    return desk.conversations().create(NewConversation.builder(inbox.id(), ada.id()).priority(priority).build(),
        Actor.contact(ada.id()));
  }

  private List<ConversationId> sorted(SortOrder order) {
    return desk.conversations().list(ConversationQuery.builder().sort(order).build()).items().stream()
        .map(Conversation::id).toList();
  }
}
