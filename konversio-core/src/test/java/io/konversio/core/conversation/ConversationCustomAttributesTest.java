package io.konversio.core.conversation;

import static io.konversio.core.FeatureFixture.assertInvalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.FeatureFixture;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.AttributeType;
import io.konversio.core.contact.Contact;
import io.konversio.core.event.Change;
import io.konversio.core.event.ConversationUpdated;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.search.ConversationQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Custom attribute values on conversations: validated, normalized, set and unset atomically. */
class ConversationCustomAttributesTest {
  private final FeatureFixture fx = new FeatureFixture();
  private final Desk desk = fx.newAccount("Acme");
  private final Inbox inbox = fx.inbox(desk, "Support");
  private final Contact contact = fx.contact(desk, "Ada");
  private final Actor actor = Actor.system();
  private Conversation conversation;

  @BeforeEach
  void definitions() {
    desk.customAttributes().define(AttributeModel.CONVERSATION, "note", "Note", AttributeType.TEXT);
    desk.customAttributes().define(AttributeModel.CONVERSATION, "amount", "Amount", AttributeType.NUMBER);
    desk.customAttributes().define(AttributeModel.CONVERSATION, "order_url", "Order", AttributeType.LINK);
    desk.customAttributes().define(AttributeModel.CONVERSATION, "due", "Due", AttributeType.DATE);
    desk.customAttributes().defineList(AttributeModel.CONVERSATION, "plan", "Plan", List.of("gold", "silver"));
    desk.customAttributes().define(AttributeModel.CONVERSATION, "urgent", "Urgent", AttributeType.CHECKBOX);
    desk.customAttributes().define(AttributeModel.CONTACT, "tier", "Tier", AttributeType.TEXT);
    conversation = fx.conversation(desk, inbox);
    fx.forget();
  }

  static Stream<Arguments> validValues() {
    return Stream.of(
        Arguments.of("note", "call back", "call back"),
        Arguments.of("amount", "99.90", new BigDecimal("99.90")),
        Arguments.of("amount", 12, new BigDecimal(12)),
        Arguments.of("order_url", "https://shop.example/o/1", "https://shop.example/o/1"),
        Arguments.of("due", "2026-04-01", LocalDate.of(2026, 4, 1)),
        Arguments.of("plan", "gold", "gold"),
        Arguments.of("urgent", "true", Boolean.TRUE));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("validValues")
  void aValidValueIsStoredNormalized(String key, Object given, Object stored) {
    Conversation updated = desk.conversations().setCustomAttribute(conversation.id(), key, given, actor);

    assertThat(updated.customAttributes()).isEqualTo(Map.of(key, stored));
    assertThat(updated.customAttributes().get(key)).hasSameClassAs(stored);
    assertThat(desk.conversations().get(conversation.id())).isEqualTo(updated);
  }

  static Stream<Arguments> invalidValues() {
    return Stream.of(
        Arguments.of("note", 5),
        Arguments.of("amount", "ten"),
        Arguments.of("order_url", "shop.example"),
        Arguments.of("due", "tomorrow"),
        Arguments.of("plan", "platinum"),
        Arguments.of("urgent", "maybe"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("invalidValues")
  void anInvalidValueIsRejectedAndNothingChanges(String key, Object given) {
    assertInvalidInput(() -> desk.conversations().setCustomAttribute(conversation.id(), key, given, actor),
        "customAttributes." + key, given);

    assertThat(desk.conversations().get(conversation.id())).isEqualTo(conversation);
    assertThat(fx.events()).isEmpty();
  }

  @Test
  void anUndefinedKeyIsRejected() {
    assertInvalidInput(() -> desk.conversations().setCustomAttribute(conversation.id(), "colour", "red", actor),
        "customAttributes.colour", "red");
  }

  @Test
  void aContactAttributeIsNotAConversationAttribute() {
    assertInvalidInput(() -> desk.conversations().setCustomAttribute(conversation.id(), "tier", "gold", actor),
        "customAttributes.tier", "gold");
  }

  @Test
  void settingAValueRecordsItsChange() {
    desk.conversations().setCustomAttribute(conversation.id(), "amount", 10, actor);
    desk.conversations().setCustomAttribute(conversation.id(), "amount", 25, actor);

    assertThat(fx.events(ConversationUpdated.class)).extracting(e -> e.changes().get("custom_attributes.amount"))
        .containsExactly(new Change(Optional.empty(), Optional.of(new BigDecimal(10))),
            new Change(Optional.of(new BigDecimal(10)), Optional.of(new BigDecimal(25))));
  }

  @Test
  void settingTheSameValueAgainChangesNothing() {
    Conversation set = desk.conversations().setCustomAttribute(conversation.id(), "plan", "gold", actor);
    fx.forget();

    assertThat(desk.conversations().setCustomAttribute(conversation.id(), "plan", "gold", actor)).isEqualTo(set);
    assertThat(fx.events()).isEmpty();
  }

  @Test
  void unsettingRemovesTheValueAndRecordsItsChange() {
    desk.conversations().update(conversation.id(), ConversationUpdate.builder().setCustomAttribute("plan", "gold")
        .setCustomAttribute("note", "keep").build(), actor);
    fx.forget();

    Conversation updated = desk.conversations().unsetCustomAttribute(conversation.id(), "plan", actor);

    assertThat(updated.customAttributes()).isEqualTo(Map.of("note", "keep"));
    assertThat(fx.events(ConversationUpdated.class)).singleElement().satisfies(e -> assertThat(e.changes())
        .containsExactly(Map.entry("custom_attributes.plan", new Change(Optional.of("gold"), Optional.empty()))));
  }

  @Test
  void unsettingAKeyWithoutAValueChangesNothing() {
    assertThat(desk.conversations().unsetCustomAttribute(conversation.id(), "plan", actor)).isEqualTo(conversation);
    assertThat(fx.events()).isEmpty();
  }

  @Test
  void oneBadValueInAnUpdateLeavesEverythingUnchanged() {
    Conversation before = desk.conversations().setCustomAttribute(conversation.id(), "note", "old", actor);
    fx.forget();

    assertInvalidInput(() -> desk.conversations().update(conversation.id(), ConversationUpdate.builder()
        .priority(Priority.URGENT).setCustomAttribute("amount", 5).unsetCustomAttribute("note")
        .setCustomAttribute("due", "2026-13-01").setCustomAttribute("plan", "silver").build(), actor),
        "customAttributes.due", "2026-13-01");

    assertThat(desk.conversations().get(conversation.id())).isEqualTo(before);
    assertThat(fx.events()).isEmpty();
  }

  @Test
  void manyValuesAreSetAndUnsetInOneUpdate() {
    desk.conversations().setCustomAttribute(conversation.id(), "note", "old", actor);

    Conversation updated = desk.conversations().update(conversation.id(), ConversationUpdate.builder()
        .setCustomAttribute("amount", "5.5").unsetCustomAttribute("note").setCustomAttribute("urgent", false)
        .build(), actor);

    assertThat(updated.customAttributes()).isEqualTo(Map.of("amount", new BigDecimal("5.5"), "urgent", false));
  }

  @Test
  void valuesGivenOnCreateAreValidatedAndStoredNormalized() {
    Conversation created = desk.conversations().create(NewConversation.builder(inbox.id(), contact.id())
        .customAttribute("amount", "42").customAttribute("due", LocalDate.of(2026, 5, 1)).build(), actor);

    assertThat(created.customAttributes()).isEqualTo(Map.of("amount", new BigDecimal(42),
        "due", LocalDate.of(2026, 5, 1)));
  }

  @Test
  void anInvalidValueOnCreateCreatesNoConversation() {
    long before = desk.conversations().list(ConversationQuery.all()).total();

    assertInvalidInput(() -> desk.conversations().create(NewConversation.builder(inbox.id(), contact.id())
        .message("hello").customAttribute("plan", "bronze").build(), actor), "customAttributes.plan", "bronze");
    assertInvalidInput(() -> desk.conversations().create(NewConversation.builder(inbox.id(), contact.id())
        .customAttribute("mystery", 1).build(), actor), "customAttributes.mystery", 1);

    assertThat(desk.conversations().list(ConversationQuery.all()).total()).isEqualTo(before);
    assertThat(fx.events()).isEmpty();
  }
}
