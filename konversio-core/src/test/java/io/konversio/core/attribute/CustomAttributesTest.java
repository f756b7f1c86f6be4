package io.konversio.core.attribute;

import static io.konversio.core.FeatureFixture.assertInvalidInput;
import static io.konversio.core.FeatureFixture.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Desk;
import io.konversio.core.FeatureFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Defining custom attributes: keys, types, models and list values. */
class CustomAttributesTest {
  private final FeatureFixture fx = new FeatureFixture();
  private final Desk desk = fx.newAccount("Acme");
  private final CustomAttributes attributes = desk.customAttributes();

  @ParameterizedTest
  @EnumSource(value = AttributeType.class, names = "LIST", mode = EnumSource.Mode.EXCLUDE)
  void eachTypeButListCanBeDefinedForConversationsAndContacts(AttributeType type) {
    CustomAttributeDefinition onConversations = attributes.define(AttributeModel.CONVERSATION, "field", "Field",
        type);
    CustomAttributeDefinition onContacts = attributes.define(AttributeModel.CONTACT, "field", "Field", type);

    assertThat(onConversations.type()).isEqualTo(type);
    assertThat(onConversations.listValues()).isEmpty();
    assertThat(attributes.get(AttributeModel.CONVERSATION, "field")).isEqualTo(onConversations);
    assertThat(attributes.get(AttributeModel.CONTACT, "field")).isEqualTo(onContacts);
    assertThat(AttributeType.ofCode(type.code())).isSameAs(type);
  }

  @Test
  void aListAttributeKeepsItsValuesInOrder() {
    CustomAttributeDefinition plan = attributes.defineList(AttributeModel.CONVERSATION, "plan", "Plan",
        List.of("gold", "silver", "bronze"));

    assertThat(plan.type()).isEqualTo(AttributeType.LIST);
    assertThat(plan.listValues()).containsExactly("gold", "silver", "bronze");
    assertThat(attributes.get(AttributeModel.CONVERSATION, "plan")).isEqualTo(plan);
  }

  @Test
  void aListAttributeNeedsValues() {
    assertInvalidInput(() -> attributes.defineList(AttributeModel.CONVERSATION, "plan", "Plan", List.of()),
        "listValues", "[]");
    assertInvalidInput(() -> attributes.define(AttributeModel.CONVERSATION, "plan", "Plan", AttributeType.LIST),
        "type", AttributeType.LIST);
    assertThat(attributes.list(AttributeModel.CONVERSATION)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Plan", "1plan", "_plan", "plan-type", "plan type", "plän"})
  void aKeyThatIsNotLowerCaseLettersDigitsAndUnderscoresIsRejected(String key) {
    assertInvalidInput(() -> attributes.define(AttributeModel.CONTACT, key, "Display", AttributeType.TEXT), "key",
        key);
    assertThat(attributes.list(AttributeModel.CONTACT)).isEmpty();
  }

  @Test
  void aKeyOfUpTo64CharactersIsAccepted() {
    String longest = "a" + "_9".repeat(31) + "z";
    String tooLong = longest + "x";

    assertThat(attributes.define(AttributeModel.CONTACT, longest, "Long", AttributeType.TEXT).key())
        .hasSize(64).isEqualTo(longest);
    assertInvalidInput(() -> attributes.define(AttributeModel.CONTACT, tooLong, "Long", AttributeType.TEXT), "key",
        tooLong);
  }

  @Test
  void aKeyDefinedTwiceForOneModelIsRejected() {
    CustomAttributeDefinition first = attributes.define(AttributeModel.CONVERSATION, "plan", "Plan",
        AttributeType.TEXT);

    assertInvalidInput(() -> attributes.define(AttributeModel.CONVERSATION, "plan", "Plan again",
        AttributeType.NUMBER), "key", "plan");

    assertThat(attributes.list(AttributeModel.CONVERSATION)).containsExactly(first);
  }

  @Test
  void aBlankDisplayNameIsRejected() {
    assertInvalidInput(() -> attributes.define(AttributeModel.CONVERSATION, "plan", " ", AttributeType.TEXT),
        "displayName", " ");
  }

  @Test
  void theDisplayNameIsTrimmed() {
    assertThat(attributes.define(AttributeModel.CONVERSATION, "plan", " Plan ", AttributeType.TEXT).displayName())
        .isEqualTo("Plan");
  }

  @Test
  void definitionsAreListedPerModelByKey() {
    attributes.define(AttributeModel.CONVERSATION, "zone", "Zone", AttributeType.TEXT);
    attributes.define(AttributeModel.CONVERSATION, "amount", "Amount", AttributeType.NUMBER);
    attributes.define(AttributeModel.CONTACT, "birthday", "Birthday", AttributeType.DATE);

    assertThat(attributes.list(AttributeModel.CONVERSATION)).extracting(CustomAttributeDefinition::key)
        .containsExactly("amount", "zone");
    assertThat(attributes.list(AttributeModel.CONTACT)).extracting(CustomAttributeDefinition::key)
        .containsExactly("birthday");
  }

  @Test
  void anUndefinedKeyIsNotFound() {
    attributes.define(AttributeModel.CONTACT, "plan", "Plan", AttributeType.TEXT);

    assertThat(attributes.find(AttributeModel.CONVERSATION, "plan")).isEmpty();
    assertNotFound(() -> attributes.get(AttributeModel.CONVERSATION, "plan"));
  }

  @ParameterizedTest
  @EnumSource(AttributeModel.class)
  void everyModelIsFoundByItsChatwootCode(AttributeModel model) {
    assertThat(AttributeModel.ofCode(model.code())).isSameAs(model);
    assertThat(model.code()).endsWith("_attribute");
  }
}
