package io.konversio.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Actor;
import io.konversio.core.DispatchStage;
import io.konversio.core.InvalidInputException;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.Availability;
import io.konversio.core.agent.Team;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.AttributeType;
import io.konversio.core.event.AssigneeChanged;
import io.konversio.core.event.Change;
import io.konversio.core.event.ConversationCreated;
import io.konversio.core.event.ConversationStatusChanged;
import io.konversio.core.event.ConversationUpdated;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.event.EventListener;
import io.konversio.core.event.LabelAdded;
import io.konversio.core.event.MessageCreated;
import io.konversio.core.event.NotificationCreated;
import io.konversio.core.event.TeamChanged;
import io.konversio.core.inbox.InboxSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Events: what they carry, when and in which order listeners get them, and what a failure emits. */
class ConversationEventsTest {

  @Test
  void conversationUpdatedCarriesEveryChangedAttributeFromAndTo() {
    LifecycleFixture f = new LifecycleFixture();
    f.desk.labels().create("vip");
    f.desk.customAttributes().define(AttributeModel.CONVERSATION, "plan", "Plan", AttributeType.TEXT);
    Team billing = f.desk.teams().create("Billing", "");
    f.desk.teams().addMember(billing.id(), f.agent.id());
    Conversation c = f.newConversation();
    f.events.clear();

    f.conversations().update(c.id(), ConversationUpdate.builder()
        .status(ConversationStatus.PENDING).priority(Priority.HIGH).team(billing.id()).assignee(f.agent.id())
        .addLabels("VIP").setCustomAttribute("plan", "gold").additionalAttribute("browser_language", "de")
        .build(), Actor.system());

    assertThat(f.events(ConversationUpdated.class)).singleElement().satisfies(e -> assertThat(e.changes())
        .containsOnly(
            Map.entry("status", Change.of("open", "pending")),
            Map.entry("priority", Change.of("none", "high")),
            Map.entry("assignee_id", Change.of(null, f.agent.id())),
            Map.entry("team_id", Change.of(null, billing.id())),
            Map.entry("labels", Change.of(Set.of(), Set.of("vip"))),
            Map.entry("participants", Change.of(Set.of(), Set.of(f.agent.id()))),
            Map.entry("custom_attributes.plan", Change.of(null, "gold")),
            Map.entry("additional_attributes.browser_language", Change.of(null, "de"))));
  }

  @Test
  void conversationUpdatedComesFirstThenOneEventPerKindOfChange() {
    LifecycleFixture f = new LifecycleFixture();
    f.desk.labels().create("vip");
    Team billing = f.desk.teams().create("Billing", "");
    f.desk.teams().addMember(billing.id(), f.agent.id());
    Conversation c = f.newConversation();
    f.events.clear();

    Conversation updated = f.conversations().update(c.id(), ConversationUpdate.builder()
        .status(ConversationStatus.RESOLVED).team(billing.id()).assignee(f.agent.id()).addLabels("vip").build(),
        Actor.system());

    assertThat(f.events).extracting(e -> (Object) e.getClass()).containsExactly(ConversationUpdated.class,
        ConversationStatusChanged.class, AssigneeChanged.class, TeamChanged.class, LabelAdded.class,
        NotificationCreated.class);
    assertThat(f.events).allSatisfy(e -> assertThat(e.conversation()).isEqualTo(updated));
    assertThat(f.events).extracting(DomainEvent::occurredAt).containsOnly(f.clock.instant());
  }

  /** Regression: events of a message carried the conversation with its previous last-activity time. */
  @Test
  void eventsOfAMessageCarryTheConversationAsStored() {
    LifecycleFixture f = new LifecycleFixture();
    Conversation c = f.newConversation();
    f.conversations().resolve(c.id(), Actor.system());
    f.clock.advance(Duration.ofHours(1));
    f.events.clear();

    f.conversations().receive(c.id(), "It broke again");

    Conversation stored = f.conversations().get(c.id());
    assertThat(stored.lastActivityAt()).isEqualTo(f.clock.instant());
    assertThat(f.events).extracting(DomainEvent::name)
        .contains("message_created", "conversation_updated", "conversation_status_changed");
    assertThat(f.events).allSatisfy(e -> assertThat(e.conversation()).isEqualTo(stored));
  }

  @Test
  void eventsArriveInTheOrderOfTheCommands() {
    LifecycleFixture f = new LifecycleFixture();
    Actor alice = LifecycleFixture.actor(f.agent);

    Conversation c = f.newConversation();
    f.conversations().reply(c.id(), "Hi Ada", alice);
    f.conversations().resolve(c.id(), alice);
    f.conversations().receive(c.id(), "Thanks!");

    List<String> names = f.events.stream().filter(e -> !e.name().equals("notification_created"))
        .map(DomainEvent::name).toList();
    assertThat(names).containsExactly(
        "conversation_created", "message_created",
        "message_created", "conversation_updated",
        "conversation_updated", "conversation_status_changed",
        "message_created", "conversation_updated", "conversation_status_changed");
    assertThat(f.events).extracting(e -> e.conversation().version()).isSorted();
  }

  @Test
  void listenerSeesTheChangeAlreadyStored() {
    AtomicReference<LifecycleFixture> fixture = new AtomicReference<>();
    List<String> violations = new CopyOnWriteArrayList<>();
    EventListener checker = event -> {
      Conversation stored = fixture.get().conversations().get(event.conversationId());
      if (stored.version() < event.conversation().version()) {
        violations.add(event.name() + " before its version was stored");
      }
      if (event instanceof MessageCreated created
          && !fixture.get().conversations().messages(stored.id()).contains(created.message())) {
        violations.add("message_created before its message was stored");
      }
    };
    LifecycleFixture f = new LifecycleFixture(InboxSettings.defaults(), b -> b.listener(checker));
    fixture.set(f);

    Conversation c = f.newConversation();
    f.conversations().reply(c.id(), "Hello", LifecycleFixture.actor(f.agent));
    f.conversations().resolve(c.id(), Actor.system());

    assertThat(f.events).isNotEmpty();
    assertThat(violations).isEmpty();
  }

  @Test
  void failedCommandEmitsNoEventAndStoresNothing() {
    LifecycleFixture f = new LifecycleFixture();
    f.desk.labels().create("vip");
    Conversation c = f.newConversation();
    int events = f.events.size();

    assertThatThrownBy(() -> f.conversations().update(c.id(), ConversationUpdate.builder()
        .priority(Priority.URGENT).addLabels("vip", "no-such-label").build(), Actor.system()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("labels");
          assertThat(e.value()).contains("no-such-label");
        });

    assertThat(f.conversations().get(c.id())).isEqualTo(c);
    assertThat(f.events).hasSize(events);
  }

  @Test
  void failedMessageStoresNoMessageAndEmitsNoEvent() {
    LifecycleFixture f = new LifecycleFixture();
    Conversation c = f.newConversation();
    List<Message> messages = f.conversations().messages(c.id());
    int events = f.events.size();

    assertThatThrownBy(() -> f.conversations().reply(c.id(), "   ", LifecycleFixture.actor(f.agent)))
        .isInstanceOf(InvalidInputException.class);

    assertThat(f.conversations().messages(c.id())).isEqualTo(messages);
    assertThat(f.conversations().get(c.id())).isEqualTo(c);
    assertThat(f.events).hasSize(events);
  }

  @Test
  void failedCreateStoresNoConversationAndEmitsNoEvent() {
    LifecycleFixture f = new LifecycleFixture();
    NewConversation invalid = NewConversation.builder(f.inbox.id(), f.contact.id()).message("Hi")
        .customAttribute("undefined", "x").build();

    assertThatThrownBy(() -> f.conversations().create(invalid, Actor.contact(f.contact.id())))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("customAttributes.undefined"));

    assertThat(f.events).isEmpty();
    assertThat(f.newConversation().displayId()).isEqualTo(1);
  }

  @Test
  void listenerThatThrowsDoesNotStopTheOthers() {
    EventListener failing = event -> {
      throw new IllegalStateException("listener bug");
    };
    List<DomainEvent> afterFailing = new CopyOnWriteArrayList<>();
    LifecycleFixture f = new LifecycleFixture(InboxSettings.defaults(),
        b -> b.listener(DispatchStage.AUTOMATION, failing).listener(afterFailing::add));

    Conversation c = f.newConversation();
    f.conversations().resolve(c.id(), Actor.system());

    assertThat(f.conversations().get(c.id()).status()).isEqualTo(ConversationStatus.RESOLVED);
    assertThat(afterFailing).isNotEmpty().isEqualTo(f.events);
    assertThat(f.events(ConversationStatusChanged.class)).hasSize(1);
  }

  @Test
  void automationListenersSeeEachEventBeforeHostListeners() {
    List<String> seen = new CopyOnWriteArrayList<>();
    LifecycleFixture f = new LifecycleFixture(InboxSettings.defaults(), b -> b
        .listener(e -> seen.add("host " + e.id()))
        .listener(DispatchStage.AUTOMATION, e -> seen.add("automation " + e.id())));

    f.newConversation();

    List<String> expected = new ArrayList<>();
    f.events.forEach(e -> expected.addAll(List.of("automation " + e.id(), "host " + e.id())));
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void eventsOfACommandRunByAListenerAreDeliveredAfterTheCurrentEvent() {
    AtomicReference<LifecycleFixture> fixture = new AtomicReference<>();
    AtomicInteger depth = new AtomicInteger();
    List<String> violations = new CopyOnWriteArrayList<>();
    EventListener labelNewConversations = event -> {
      if (depth.incrementAndGet() > 1) {
        violations.add("re-entered on " + event.name());
      }
      try {
        if (event instanceof ConversationCreated) {
          fixture.get().conversations().addLabels(event.conversationId(), List.of("new"), Actor.automation(1));
        }
      } finally {
        depth.decrementAndGet();
      }
    };
    LifecycleFixture f = new LifecycleFixture(InboxSettings.defaults(),
        b -> b.listener(DispatchStage.AUTOMATION, labelNewConversations));
    fixture.set(f);
    f.desk.labels().create("new");

    Conversation c = f.newConversation();

    assertThat(violations).isEmpty();
    assertThat(f.conversations().get(c.id()).labels()).containsExactly("new");
    int created = f.events.indexOf(f.events(ConversationCreated.class).get(0));
    int labelled = f.events.indexOf(f.events(LabelAdded.class).get(0));
    int lastOfCreate = f.events.indexOf(f.events(MessageCreated.class).get(0));
    assertThat(created).isLessThan(lastOfCreate);
    assertThat(labelled).isGreaterThan(lastOfCreate);
    assertThat(f.events(LabelAdded.class)).singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo(Actor.automation(1)));
  }

  @Test
  void concurrentCommandsDeliverEventsOneAtATimeInVersionOrder() {
    AtomicInteger inFlight = new AtomicInteger();
    List<String> violations = new CopyOnWriteArrayList<>();
    Map<ConversationId, Long> lastVersion = new ConcurrentHashMap<>();
    EventListener checker = event -> {
      if (inFlight.incrementAndGet() > 1) {
        violations.add("two events delivered at once");
      }
      long previous = lastVersion.getOrDefault(event.conversationId(), 0L);
      if (event.conversation().version() < previous) {
        violations.add(event.name() + " of version " + event.conversation().version() + " after " + previous);
      }
      lastVersion.put(event.conversationId(), event.conversation().version());
      inFlight.decrementAndGet();
    };
    LifecycleFixture f = new LifecycleFixture(InboxSettings.defaults(), b -> b.listener(checker));
    Agent bob = f.newAgent("Bob", Availability.ONLINE);
    List<Conversation> shared = List.of(f.newConversation(), f.newConversation());

    Concurrently.run(8, 40, (thread, round) -> {
      Conversation c = shared.get((thread + round) % shared.size());
      switch (round % 4) {
        case 0 -> f.conversations().receive(c.id(), "ping " + thread);
        case 1 -> f.conversations().reply(c.id(), "pong " + thread, Actor.agent(bob.id()));
        case 2 -> f.conversations().resolve(c.id(), Actor.agent(bob.id()));
        default -> f.conversations().setPriority(c.id(), Priority.values()[thread % 5], Actor.system());
      }
    });

    assertThat(violations).isEmpty();
    for (Conversation c : shared) {
      assertThat(lastVersion.get(c.id())).isEqualTo(f.conversations().get(c.id()).version());
    }
  }
}
