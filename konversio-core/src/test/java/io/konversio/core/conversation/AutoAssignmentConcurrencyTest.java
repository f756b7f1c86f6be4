package io.konversio.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.Availability;
import io.konversio.core.contact.Contact;
import io.konversio.core.inbox.AutoAssignment;
import io.konversio.core.inbox.InboxSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Auto-assignment stays fair and within capacity when many threads create conversations at once. */
class AutoAssignmentConcurrencyTest {
  @Test
  void concurrentCreatesAreSharedOutEquallyByRoundRobin() {
    LifecycleFixture f = fixture(AutoAssignment.roundRobin());
    List<Agent> agents = onlineAgents(f, 4);

    Map<Optional<AgentId>, Long> perAssignee = assigneeCounts(f, createConcurrently(f, 8, 50));
    assertThat(perAssignee).hasSize(4);
    agents.forEach(a -> assertThat(perAssignee).containsEntry(Optional.of(a.id()), 100L));
  }

  @Test
  void concurrentCreatesAreSharedOutEquallyByBalancedMode() {
    LifecycleFixture f = fixture(AutoAssignment.balanced());
    List<Agent> agents = onlineAgents(f, 4);

    Map<Optional<AgentId>, Long> perAssignee = assigneeCounts(f, createConcurrently(f, 8, 50));
    agents.forEach(a -> assertThat(perAssignee).containsEntry(Optional.of(a.id()), 100L));
  }

  @Test
  void concurrentCreatesNeverExceedTheCapacityLimit() {
    LifecycleFixture f = fixture(AutoAssignment.roundRobin().withMaxOpenPerAgent(50));
    List<Agent> agents = onlineAgents(f, 4);

    Map<Optional<AgentId>, Long> perAssignee = assigneeCounts(f, createConcurrently(f, 10, 30));
    agents.forEach(a -> assertThat(perAssignee).containsEntry(Optional.of(a.id()), 50L));
    assertThat(perAssignee).containsEntry(Optional.empty(), 100L);
    assertThat(perAssignee.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(300);
  }

  private static LifecycleFixture fixture(AutoAssignment assignment) {
    return new LifecycleFixture(InboxSettings.defaults().withAutoAssignment(assignment));
  }

  private static List<Agent> onlineAgents(LifecycleFixture f, int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> f.newAgent("Agent " + i, Availability.ONLINE)).toList();
  }

  /** Creates conversations from {@code threads} threads at once, each its contact's; returns their ids. */
  private static List<ConversationId> createConcurrently(LifecycleFixture f, int threads, int perThread) {
    List<Contact> contacts = IntStream.range(0, threads).mapToObj(i -> f.newContact("Customer " + i)).toList();
    List<ConversationId> created = new CopyOnWriteArrayList<>();
    Concurrently.run(threads, perThread,
        (thread, round) -> created.add(f.newConversation(contacts.get(thread)).id()));
    assertThat(created).doesNotHaveDuplicates().hasSize(threads * perThread);
    return created;
  }

  /** How many of the conversations, as stored now, each agent (or nobody) holds. */
  private static Map<Optional<AgentId>, Long> assigneeCounts(LifecycleFixture f, List<ConversationId> ids) {
    return ids.stream().map(f.conversations()::get)
        .collect(Collectors.groupingBy(Conversation::assigneeId, Collectors.counting()));
  }
}
