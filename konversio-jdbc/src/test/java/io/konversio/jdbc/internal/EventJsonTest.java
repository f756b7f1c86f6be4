package io.konversio.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.konversio.core.Actor;
import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import io.konversio.core.contact.ContactId;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessageId;
import io.konversio.core.conversation.MessageType;
import io.konversio.core.conversation.Priority;
import io.konversio.core.event.AssigneeChanged;
import io.konversio.core.event.Change;
import io.konversio.core.event.ConversationCreated;
import io.konversio.core.event.ConversationStatusChanged;
import io.konversio.core.event.ConversationUpdated;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.event.LabelAdded;
import io.konversio.core.event.LabelRemoved;
import io.konversio.core.event.MessageCreated;
import io.konversio.core.event.NotificationCreated;
import io.konversio.core.event.TeamChanged;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.notification.Notification;
import io.konversio.core.notification.NotificationId;
import io.konversio.core.notification.NotificationType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.IdentityHashMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventJsonTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456789Z");

  static Conversation richConversation() {
    Map<String, Object> custom = new LinkedHashMap<>();
    custom.put("order_total", new BigDecimal("12.50"));
    custom.put("due", LocalDate.of(2026, 2, 1));
    custom.put("vip", Boolean.TRUE);
    custom.put("plan", "gold \"quoted\" ünïcode");
    return new Conversation(ConversationId.of(7), AccountId.of(1), 3, InboxId.of(2), ContactId.of(4),
        ConversationStatus.SNOOZED, Priority.URGENT, Optional.of(AgentId.of(5)), Optional.of(TeamId.of(6)),
        Set.of("billing", "vip"), custom, Map.of("browser_language", "en", "referer", "https://x.test/?a=1&b=2"),
        Set.of(AgentId.of(5), AgentId.of(9)), Optional.of(AT.plusSeconds(3600)), AT, AT.plusSeconds(1),
        Optional.of(AT.plusSeconds(2)), Optional.of(AT), 12);
  }

  static Conversation bareConversation() {
    return new Conversation(ConversationId.of(8), AccountId.of(1), 4, InboxId.of(2), ContactId.of(4),
        ConversationStatus.OPEN, Priority.NONE, Optional.empty(), Optional.empty(), Set.of(), Map.of(), Map.of(),
        Set.of(), Optional.empty(), AT, AT, Optional.empty(), Optional.empty(), 0);
  }

  static List<DomainEvent> everyEventType() {
    Conversation c = richConversation();
    Actor agent = Actor.agent(AgentId.of(5));
    Map<String, Change> changes = new LinkedHashMap<>();
    changes.put("status", Change.of("open", "snoozed"));
    changes.put("snoozed_until", Change.of(Optional.empty(), Optional.of(AT)));
    changes.put("assignee_id", Change.of(Optional.empty(), Optional.of(AgentId.of(5))));
    changes.put("team_id", Change.of(Optional.of(TeamId.of(1)), Optional.of(TeamId.of(6))));
    changes.put("labels", Change.of(Set.of(), Set.of("billing", "vip")));
    changes.put("participants", Change.of(Set.of(AgentId.of(5)), Set.of(AgentId.of(5), AgentId.of(9))));
    changes.put("custom_attributes.order_total", Change.of(new BigDecimal("10.0"), new BigDecimal("12.50")));
    changes.put("custom_attributes.due", Change.of(null, LocalDate.of(2026, 2, 1)));
    changes.put("custom_attributes.vip", Change.of(Boolean.FALSE, Boolean.TRUE));
    changes.put("additional_attributes.referer", Change.of("a", null));
    Message message = new Message(MessageId.of(11), AccountId.of(1), c.id(), MessageType.OUTGOING, true, agent,
        "A note\nwith lines", Map.of("content_type", "text"), AT);
    Notification notification = new Notification(NotificationId.of(21), AccountId.of(1), AgentId.of(9),
        NotificationType.CONVERSATION_MENTION, c.id(), Optional.of(MessageId.of(11)), agent, "message:11", AT,
        Optional.empty());
    Notification read = new Notification(NotificationId.of(22), AccountId.of(1), AgentId.of(9),
        NotificationType.CONVERSATION_ASSIGNED, c.id(), Optional.empty(), Actor.system(), "assign:7", AT,
        Optional.of(AT.plusSeconds(5)));
    return List.of(
        new ConversationCreated(UUID.randomUUID(), Actor.contact(ContactId.of(4)), AT, bareConversation()),
        new ConversationUpdated(UUID.randomUUID(), agent, AT, c, changes),
        new ConversationStatusChanged(UUID.randomUUID(), agent, AT, c, ConversationStatus.OPEN,
            ConversationStatus.SNOOZED),
        new AssigneeChanged(UUID.randomUUID(), Actor.automation(3), AT, c, Optional.empty(),
            Optional.of(AgentId.of(5))),
        new AssigneeChanged(UUID.randomUUID(), agent, AT, c, Optional.of(AgentId.of(5)), Optional.empty()),
        new TeamChanged(UUID.randomUUID(), Actor.bot(2), AT, c, Optional.of(TeamId.of(1)), Optional.of(TeamId.of(6))),
        new LabelAdded(UUID.randomUUID(), agent, AT, c, "vip"),
        new LabelRemoved(UUID.randomUUID(), Actor.campaign(4), AT, c, "spam"),
        new MessageCreated(UUID.randomUUID(), agent, AT, c, message),
        new NotificationCreated(UUID.randomUUID(), agent, AT, c, notification),
        new NotificationCreated(UUID.randomUUID(), Actor.system(), AT, bareConversation(), read));
  }

  @Test
  void everyEventTypeReadsBackEqual() {
    for (DomainEvent event : everyEventType()) {
      String json = EventJson.writeAll(List.of(event));
      assertThat(EventJson.readAll(json)).as(json).containsExactly(event);
    }
  }

  @Test
  void aChangesEventsReadBackInOrderAndARowOfOneEventFromBeforeV4ReadsToo() {
    List<DomainEvent> events = everyEventType();
    assertThat(EventJson.readAll(EventJson.writeAll(events))).containsExactlyElementsOf(events);
    String single = JsonValues.read(EventJson.writeAll(List.of(events.get(0)))).get(0).toString();
    assertThat(EventJson.readAll(single)).containsExactly(events.get(0));
  }

  @Test
  void aConversationThatEventsShareIsWrittenOnceAndReadBackShared() {
    List<DomainEvent> events = everyEventType(); // nine carry the same rich conversation, two a bare one each
    String json = EventJson.writeAll(events);
    assertThat(json.split("\"\\$ref\"", -1)).hasSize(1 + 8);
    // the rich conversation and the first bare one in full; the second bare one, equal, as no changes from it
    assertThat(json.split("\"displayId\"", -1)).hasSize(1 + 2);
    List<DomainEvent> back = EventJson.readAll(json);
    assertThat(back).containsExactlyElementsOf(events);
    assertThat(((ConversationUpdated) back.get(1)).conversation())
        .isSameAs(((MessageCreated) back.get(8)).conversation());
  }

  @Test
  void anEqualConversationThatIsNotTheSameObjectIsWrittenAsNoChangesFromTheFirst() {
    List<DomainEvent> events = List.of(
        new LabelAdded(UUID.randomUUID(), Actor.system(), AT, richConversation(), "a"),
        new LabelAdded(UUID.randomUUID(), Actor.system(), AT, richConversation(), "b"));
    String json = EventJson.writeAll(events);
    assertThat(json).doesNotContain("$ref").contains("\"conversation\":{\"$base\":0}");
    List<DomainEvent> back = EventJson.readAll(json);
    assertThat(back).containsExactlyElementsOf(events);
    assertThat(((LabelAdded) back.get(1)).conversation()).isNotSameAs(((LabelAdded) back.get(0)).conversation());
  }

  @Test
  void aLaterVersionOfAConversationIsWrittenAsItsChangesFromTheLatestBefore() {
    Conversation first = richConversation();
    Conversation second = first.toBuilder().version(13).lastActivityAt(AT.plusSeconds(60))
        .assigneeId(Optional.empty()).build();
    Conversation third = second.toBuilder().version(14).lastActivityAt(AT.plusSeconds(120)).build();
    Conversation other = bareConversation();
    List<DomainEvent> events = List.of(
        new LabelAdded(UUID.randomUUID(), Actor.system(), AT, first, "a"),
        new LabelAdded(UUID.randomUUID(), Actor.system(), AT, other, "b"),
        new LabelAdded(UUID.randomUUID(), Actor.system(), AT, second, "c"),
        new LabelAdded(UUID.randomUUID(), Actor.system(), AT, third, "d"));

    String json = EventJson.writeAll(events);

    assertThat(json.split("\"displayId\"", -1)).as(json).hasSize(1 + 2);
    // a component that became empty is written (as null); the unchanged ones are not
    assertThat(json).contains("{\"$base\":0,\"assigneeId\":null,\"lastActivityAt\":");
    assertThat(json).contains("{\"$base\":2,\"lastActivityAt\":");
    assertThat(EventJson.readAll(json)).containsExactlyElementsOf(events);
  }

  /**
   * Property: any sequence of events over a few conversations, each event carrying the same object as an earlier
   * one, an equal copy, or a version with random components changed, reads back equal (references, changes from a
   * base, full records mixed).
   */
  @Test
  void anySequenceOfConversationVersionsReadsBackEqual() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      List<Conversation> latest = new ArrayList<>(List.of(richConversation(), bareConversation()));
      List<DomainEvent> events = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(30); i++) {
        int which = random.nextInt(latest.size());
        Conversation c = latest.get(which);
        Conversation next = switch (random.nextInt(4)) {
          case 0 -> c; // the same object
          case 1 -> c.toBuilder().build(); // an equal copy
          default -> changed(c, random);
        };
        latest.set(which, next);
        events.add(new LabelAdded(UUID.randomUUID(), Actor.system(), AT, next, "l" + i));
      }
      assertThat(EventJson.readAll(EventJson.writeAll(events))).containsExactlyElementsOf(events);
    });
  }

  /** The conversation with a few of its components changed at random, to values other than or equal to before. */
  private static Conversation changed(Conversation c, Random random) {
    Conversation.Builder b = c.toBuilder().version(c.version() + 1);
    for (int n = random.nextInt(4); n >= 0; n--) {
      switch (random.nextInt(8)) {
        case 0 -> b.status(ConversationStatus.values()[random.nextInt(ConversationStatus.values().length)]);
        case 1 -> b.priority(Priority.values()[random.nextInt(Priority.values().length)]);
        case 2 -> b.assigneeId(random.nextBoolean() ? Optional.empty()
            : Optional.of(AgentId.of(1 + random.nextInt(3))));
        case 3 -> b.labels(random.nextBoolean() ? Set.of() : Set.of("l" + random.nextInt(3)));
        case 4 -> b.snoozedUntil(random.nextBoolean() ? Optional.empty()
            : Optional.of(AT.plusSeconds(random.nextInt(9))));
        case 5 -> b.lastActivityAt(AT.plusSeconds(random.nextInt(100)));
        case 6 -> b.additionalAttributes(random.nextBoolean() ? Map.of() : Map.of("k", "v" + random.nextInt(2)));
        default -> b.waitingSince(random.nextBoolean() ? Optional.empty() : Optional.of(AT));
      }
    }
    return b.build();
  }

  @Test
  void changesFromNoEarlierConversationAreRefused() {
    Conversation first = richConversation();
    List<DomainEvent> events = List.of(new LabelAdded(UUID.randomUUID(), Actor.system(), AT, first, "a"),
        new LabelAdded(UUID.randomUUID(), Actor.system(), AT, first.toBuilder().version(13).build(), "b"));
    assertRefusedWhenBroken(events, "{\"$base\":0", "{\"$base\":4", "number 4");
  }

  /** Writes the events, replaces {@code from} with {@code to} in the JSON, and expects reading it to fail. */
  private static void assertRefusedWhenBroken(List<DomainEvent> events, String from, String to, String message) {
    String json = EventJson.writeAll(events);
    String broken = json.replace(from, to);
    assertThat(broken).isNotEqualTo(json);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventJson.readAll(broken))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(message);
  }

  @Test
  void aMessageInsertedInTheSameTransactionIsWrittenAsItsRowAndReadBackFromIt() {
    MessageCreated created = (MessageCreated) everyEventType().get(8);
    Message stored = created.message();
    Message copy = new Message(stored.id(), stored.accountId(), stored.conversationId(), stored.type(),
        stored.privateNote(), stored.sender(), stored.content(), stored.attributes(), stored.createdAt());
    MessageCreated ofCopy = new MessageCreated(UUID.randomUUID(), Actor.system(), AT, created.conversation(), copy);
    Map<Object, Long> inserted = new IdentityHashMap<>();
    inserted.put(stored, 11L);

    String json = EventJson.writeAll(List.of(created, ofCopy), inserted);

    // the inserted object as its row; an equal message that is another object (not known stored) in full
    assertThat(json).contains("\"message\":{\"$row\":11}");
    assertThat(json.split("A note", -1)).hasSize(2);
    List<Set<Long>> asked = new ArrayList<>();
    List<DomainEvent> back = EventJson.readAll(json, ids -> {
      asked.add(ids);
      return Map.of(11L, copy);
    });
    assertThat(back).containsExactly(created, ofCopy);
    assertThat(asked).containsExactly(Set.of(11L));
    // without the rows, or with a row missing, reading refuses, naming the row
    for (String broken : List.of(json, json.replace("{\"$row\":11}", "{\"$row\":12}"))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventJson.readAll(broken))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("no Message row");
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventJson.readAll(json, ids -> Map.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no Message row 11");
  }

  @Test
  void aReferenceToNoEarlierConversationIsRefused() {
    LabelAdded first = (LabelAdded) everyEventType().get(6);
    LabelAdded second = new LabelAdded(UUID.randomUUID(), Actor.system(), AT, first.conversation(), "x");
    assertRefusedWhenBroken(List.of(first, second), "{\"$ref\":0}", "{\"$ref\":5}", "number 5");
  }

  @Test
  void everyPermittedEventTypeIsCovered() {
    List<Class<?>> covered = everyEventType().stream().<Class<?>>map(Object::getClass).toList();
    assertThat(covered).containsAll(List.of(DomainEvent.class.getPermittedSubclasses()));
  }

  @Test
  void konversioRecordsAndEnumsInChangesReadBackEqual() {
    Map<String, Change> changes = new LinkedHashMap<>();
    changes.put("priority_enum", Change.of(Priority.LOW, Priority.HIGH));
    changes.put("actor", Change.of(null, Actor.agent(AgentId.of(5))));
    changes.put("ids", Change.of(List.of(AgentId.of(1), AgentId.of(2)), Map.of("k", MessageId.of(3))));
    ConversationUpdated event = new ConversationUpdated(UUID.randomUUID(), Actor.system(), AT, bareConversation(),
        changes);
    assertThat(EventJson.readAll(EventJson.writeAll(List.of(event)))).containsExactly(event);
  }

  @Test
  void storedValuesNameNoClassOutsideKonversio() {
    String json = "{\"t\":\"object\",\"class\":\"java.lang.ProcessBuilder\",\"v\":{}}";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonValues.untyped(JsonValues.read(json)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("java.lang.ProcessBuilder");
  }

  @Test
  void theDiscriminatorIsTheEventRecordsName() {
    for (DomainEvent event : everyEventType()) {
      assertThat(JsonValues.read(EventJson.writeAll(List.of(event))).get(0).path("type").asText())
          .isEqualTo(event.getClass().getSimpleName());
    }
  }

  @Test
  void valuesInChangesKeepTheirJavaTypes() {
    ConversationUpdated event = (ConversationUpdated) everyEventType().get(1);
    ConversationUpdated back = (ConversationUpdated) EventJson.readAll(EventJson.writeAll(List.of(event))).get(0);
    assertThat(back.changes().get("custom_attributes.order_total").to()).containsInstanceOf(BigDecimal.class)
        .contains(new BigDecimal("12.50"));
    assertThat(back.changes().get("custom_attributes.due").to()).contains(LocalDate.of(2026, 2, 1));
    assertThat(back.changes().get("assignee_id").to()).contains(AgentId.of(5));
    assertThat(back.changes().keySet()).containsExactlyElementsOf(event.changes().keySet());
  }
}
