package io.konversio.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.FeatureFixture;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.contact.Contact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.ConversationUpdate;
import io.konversio.core.conversation.Priority;
import io.konversio.core.inbox.Inbox;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of in-memory query evaluation over random sets of conversations: the label filters partition and
 * nest as sets should, a random query keeps exactly what a plain predicate keeps, counts add up, and pages put
 * together give the whole list.
 */
class ConversationQueryPropertyTest {
  private static final List<String> LABELS = List.of("billing", "refund", "vip", "bug");
  private static final List<ConversationStatus> STATUSES = List.of(ConversationStatus.values());
  private static final List<Priority> PRIORITIES = List.of(Priority.values());
  private static final int EXAMPLES = 60;

  /** One random conversation: a label mask, a status, a priority and an assignee (0 none, 1 Alice, 2 Bob). */
  record Spec(int labelMask, int status, int priority, int assignee) {
  }

  /** A random query: masks over statuses, labels (any, all, none: 4 bits each) and priorities; an assignee kind. */
  record QuerySpec(int statusMask, int labelMasks, int priorityMask, int assigneeKind) {
    int any() {
      return labelMasks & 0xF;
    }

    int all() {
      return (labelMasks >> 4) & 0xF;
    }

    int none() {
      return (labelMasks >> 8) & 0xF;
    }
  }

  private static Gen<List<Spec>> worlds() {
    Gen<Spec> spec = integers().between(0, 15).zip(integers().between(0, 3), integers().between(0, 4),
        integers().between(0, 2), Spec::new);
    return lists().of(spec).ofSizeBetween(0, 12);
  }

  private static Gen<QuerySpec> queries() {
    return integers().between(0, 15).zip(integers().between(0, 4095), integers().between(0, 31),
        integers().between(0, 4), QuerySpec::new);
  }

  @Test
  void labelsAnyAndLabelsNoneOfTheSameLabelsPartitionTheConversations() {
    qt().withExamples(EXAMPLES).forAll(worlds(), integers().between(1, 15)).checkAssert((specs, mask) -> {
      World world = new World(specs);
      String[] labels = labels(mask);

      Set<ConversationId> any = world.ids(ConversationQuery.builder().labelsAny(labels));
      Set<ConversationId> none = world.ids(ConversationQuery.builder().labelsNone(labels));
      Set<ConversationId> all = world.ids(ConversationQuery.builder().labelsAll(labels));

      assertThat(java.util.Collections.disjoint(any, none)).as("any %s and none %s are disjoint", any, none)
          .isTrue();
      Set<ConversationId> union = new HashSet<>(any);
      union.addAll(none);
      assertThat(union).isEqualTo(world.all());
      assertThat(any).containsAll(all);
    });
  }

  @Test
  void aRandomQueryKeepsExactlyWhatItsPredicateKeeps() {
    qt().withExamples(EXAMPLES).forAll(worlds(), queries()).checkAssert((specs, q) -> {
      World world = new World(specs);

      Set<ConversationId> found = world.ids(world.query(q), world.alice);

      Set<ConversationId> expected = world.conversations.stream().filter(world.predicate(q))
          .map(Conversation::id).collect(Collectors.toSet());
      assertThat(found).isEqualTo(expected);
    });
  }

  @Test
  void countsAddUpAndAgreeWithTheLists() {
    qt().withExamples(EXAMPLES).forAll(worlds(), queries()).checkAssert((specs, q) -> {
      World world = new World(specs);
      ConversationQuery query = world.query(q);

      ConversationCounts counts = world.desk.conversations().counts(query, world.alice);

      assertThat(counts.unassigned() + counts.assigned()).isEqualTo(counts.all());
      assertThat(counts.mine()).isLessThanOrEqualTo(counts.assigned());
      assertThat(counts.all()).isEqualTo(world.ids(query.toBuilder().assignee(AssigneeFilter.any())).size());
      assertThat(counts.mine()).isEqualTo(
          world.ids(query.toBuilder().assignee(AssigneeFilter.mine()), world.alice).size());
    });
  }

  @Test
  void pagesPutTogetherGiveTheWholeSortedList() {
    qt().withExamples(EXAMPLES).forAll(worlds(), integers().between(1, 5), integers().between(0, 7))
        .checkAssert((specs, size, sortIndex) -> {
          World world = new World(specs);
          ConversationQuery.Builder query = ConversationQuery.builder().sort(SortOrder.values()[sortIndex]);

          List<ConversationId> whole = world.list(query.page(0, ConversationQuery.MAX_PAGE_SIZE));
          List<ConversationId> paged = new ArrayList<>();
          for (int page = 0; ; page++) {
            var result = world.desk.conversations().list(query.page(page, size).build());
            result.items().forEach(c -> paged.add(c.id()));
            assertThat(result.total()).isEqualTo(whole.size());
            if (!result.hasNext()) {
              break;
            }
          }

          assertThat(paged).containsExactlyElementsOf(whole);
        });
  }

  @Test
  void priorityOrderIsMonotonic() {
    qt().withExamples(EXAMPLES).forAll(worlds()).checkAssert(specs -> {
      World world = new World(specs);

      List<Integer> ranks = world.desk.conversations().list(ConversationQuery.builder()
          .sort(SortOrder.PRIORITY_DESC).page(0, 100).build()).items().stream()
          .map(c -> c.priority().rank()).toList();

      assertThat(ranks).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    });
  }

  private static String[] labels(int mask) {
    return IntStream.range(0, LABELS.size()).filter(i -> (mask & (1 << i)) != 0).mapToObj(LABELS::get)
        .toArray(String[]::new);
  }

  private static <T> Set<T> pick(List<T> values, int mask) {
    return IntStream.range(0, values.size()).filter(i -> (mask & (1 << i)) != 0).mapToObj(values::get)
        .collect(Collectors.toSet());
  }

  /** A fresh account holding one conversation per spec. */
  private static final class World {
    final FeatureFixture fx = new FeatureFixture();
    final Desk desk = fx.newAccount("Acme");
    final Inbox inbox = fx.inbox(desk, "Support");
    final AgentId alice = fx.agent(desk, "Alice", inbox).id();
    final AgentId bob = fx.agent(desk, "Bob", inbox).id();
    final Contact contact = fx.contact(desk, "Ada");
    final List<Conversation> conversations = new ArrayList<>();

    World(List<Spec> specs) {
      LABELS.forEach(desk.labels()::create);
      for (Spec spec : specs) {
        conversations.add(create(spec));
      }
    }

    private Conversation create(Spec spec) {
      Conversation c = fx.conversation(desk, inbox, contact, "hello");
      ConversationUpdate.Builder update = ConversationUpdate.builder().addLabels(labels(spec.labelMask()))
          .priority(PRIORITIES.get(spec.priority())).status(STATUSES.get(spec.status()));
      if (spec.assignee() > 0) {
        update.assignee(spec.assignee() == 1 ? alice : bob);
      }
      return desk.conversations().update(c.id(), update.build(), Actor.system());
    }

    ConversationQuery query(QuerySpec q) {
      ConversationQuery.Builder b = ConversationQuery.builder().statuses(pick(STATUSES, q.statusMask()))
          .labelsAny(labels(q.any())).labelsAll(labels(q.all())).labelsNone(labels(q.none()))
          .priorities(pick(PRIORITIES, q.priorityMask()).toArray(Priority[]::new))
          .page(0, ConversationQuery.MAX_PAGE_SIZE);
      return b.assignee(switch (q.assigneeKind()) {
        case 0 -> AssigneeFilter.any();
        case 1 -> AssigneeFilter.mine();
        case 2 -> AssigneeFilter.unassigned();
        case 3 -> AssigneeFilter.assigned();
        default -> AssigneeFilter.agent(bob);
      }).build();
    }

    Predicate<Conversation> predicate(QuerySpec q) {
      Set<ConversationStatus> statuses = pick(STATUSES, q.statusMask());
      Set<String> any = pick(LABELS, q.any());
      Set<String> all = pick(LABELS, q.all());
      Set<String> none = pick(LABELS, q.none());
      Set<Priority> priorities = pick(PRIORITIES, q.priorityMask());
      Predicate<Conversation> assignee = switch (q.assigneeKind()) {
        case 0 -> c -> true;
        case 1 -> c -> c.assigneeId().equals(Optional.of(alice));
        case 2 -> c -> c.assigneeId().isEmpty();
        case 3 -> c -> c.assigneeId().isPresent();
        default -> c -> c.assigneeId().equals(Optional.of(bob));
      };
      return c -> (statuses.isEmpty() || statuses.contains(c.status()))
          && (any.isEmpty() || any.stream().anyMatch(c.labels()::contains))
          && c.labels().containsAll(all)
          && none.stream().noneMatch(c.labels()::contains)
          && (priorities.isEmpty() || priorities.contains(c.priority()))
          && assignee.test(c);
    }

    Set<ConversationId> all() {
      return conversations.stream().map(Conversation::id).collect(Collectors.toSet());
    }

    Set<ConversationId> ids(ConversationQuery.Builder query) {
      return new HashSet<>(list(query.page(0, ConversationQuery.MAX_PAGE_SIZE)));
    }

    Set<ConversationId> ids(ConversationQuery.Builder query, AgentId viewer) {
      return ids(query.page(0, ConversationQuery.MAX_PAGE_SIZE).build(), viewer);
    }

    Set<ConversationId> ids(ConversationQuery query, AgentId viewer) {
      return desk.conversations().list(query, viewer).items().stream().map(Conversation::id)
          .collect(Collectors.toSet());
    }

    List<ConversationId> list(ConversationQuery.Builder query) {
      return desk.conversations().list(query.build()).items().stream().map(Conversation::id).toList();
    }
  }
}
