package io.konversio.core.contact;

import static io.konversio.core.FeatureFixture.assertInvalidInput;
import static io.konversio.core.FeatureFixture.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Desk;
import io.konversio.core.FeatureFixture;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.AttributeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Custom attribute values on contacts: validated against the contact definitions, set and unset. */
class ContactCustomAttributesTest {
  private final FeatureFixture fx = new FeatureFixture();
  private final Desk desk = fx.newAccount("Acme");

  @BeforeEach
  void definitions() {
    desk.customAttributes().define(AttributeModel.CONTACT, "seats", "Seats", AttributeType.NUMBER);
    desk.customAttributes().define(AttributeModel.CONTACT, "birthday", "Birthday", AttributeType.DATE);
    desk.customAttributes().define(AttributeModel.CONTACT, "newsletter", "Newsletter", AttributeType.CHECKBOX);
    desk.customAttributes().define(AttributeModel.CONTACT, "homepage", "Homepage", AttributeType.LINK);
    desk.customAttributes().define(AttributeModel.CONTACT, "note", "Note", AttributeType.TEXT);
    desk.customAttributes().defineList(AttributeModel.CONTACT, "tier", "Tier", List.of("free", "pro"));
    desk.customAttributes().define(AttributeModel.CONVERSATION, "order_id", "Order", AttributeType.TEXT);
  }

  @Test
  void valuesGivenOnCreateAreStoredNormalized() {
    Contact ada = desk.contacts().create(NewContact.builder("Ada").customAttribute("seats", "12")
        .customAttribute("birthday", "1815-12-10").customAttribute("newsletter", "true")
        .customAttribute("homepage", "https://ada.example").customAttribute("note", "likes maths")
        .customAttribute("tier", "pro").build());

    assertThat(ada.customAttributes()).isEqualTo(Map.of("seats", new BigDecimal("12"),
        "birthday", LocalDate.of(1815, 12, 10), "newsletter", true, "homepage", "https://ada.example",
        "note", "likes maths", "tier", "pro"));
    assertThat(desk.contacts().get(ada.id())).isEqualTo(ada);
  }

  @Test
  void anInvalidValueOnCreateCreatesNoContact() {
    assertInvalidInput(() -> desk.contacts().create(NewContact.builder("Ada").customAttribute("note", "ok")
        .customAttribute("seats", "many").build()), "customAttributes.seats", "many");

    assertThat(desk.contacts().list(0, 10).total()).isZero();
  }

  @Test
  void anUndefinedKeyOnCreateIsRejected() {
    assertInvalidInput(() -> desk.contacts().create(NewContact.builder("Ada").customAttribute("shoe_size", 38)
        .build()), "customAttributes.shoe_size", 38);

    assertThat(desk.contacts().list(0, 10).total()).isZero();
  }

  @Test
  void aConversationAttributeIsNotAContactAttribute() {
    Contact ada = fx.contact(desk, "Ada");

    assertInvalidInput(() -> desk.contacts().setCustomAttribute(ada.id(), "order_id", "A-1"),
        "customAttributes.order_id", "A-1");
  }

  @Test
  void settingAValueStoresItNormalizedAndKeepsTheOthers() {
    Contact ada = desk.contacts().create(NewContact.builder("Ada").customAttribute("note", "vip").build());

    Contact updated = desk.contacts().setCustomAttribute(ada.id(), "seats", 3);

    assertThat(updated.customAttributes()).isEqualTo(Map.of("note", "vip", "seats", new BigDecimal(3)));
    assertThat(desk.contacts().get(ada.id())).isEqualTo(updated);
  }

  @Test
  void settingAValueAgainReplacesIt() {
    Contact ada = fx.contact(desk, "Ada");
    desk.contacts().setCustomAttribute(ada.id(), "tier", "free");

    assertThat(desk.contacts().setCustomAttribute(ada.id(), "tier", "pro").customAttributes())
        .containsEntry("tier", "pro");
  }

  @Test
  void anInvalidValueLeavesTheContactAsItWas() {
    Contact ada = desk.contacts().create(NewContact.builder("Ada").customAttribute("tier", "free").build());

    assertInvalidInput(() -> desk.contacts().setCustomAttribute(ada.id(), "tier", "enterprise"),
        "customAttributes.tier", "enterprise");
    assertInvalidInput(() -> desk.contacts().setCustomAttribute(ada.id(), "birthday", "yesterday"),
        "customAttributes.birthday", "yesterday");
    assertInvalidInput(() -> desk.contacts().setCustomAttribute(ada.id(), "undefined", "x"),
        "customAttributes.undefined", "x");

    assertThat(desk.contacts().get(ada.id())).isEqualTo(ada);
  }

  @Test
  void unsettingRemovesTheValueOnly() {
    Contact ada = desk.contacts().create(NewContact.builder("Ada").customAttribute("tier", "free")
        .customAttribute("newsletter", false).build());

    Contact updated = desk.contacts().unsetCustomAttribute(ada.id(), "tier");

    assertThat(updated.customAttributes()).isEqualTo(Map.of("newsletter", false));
    assertThat(desk.contacts().get(ada.id())).isEqualTo(updated);
  }

  @Test
  void unsettingAKeyWithoutAValueChangesNothing() {
    Contact ada = desk.contacts().create(NewContact.builder("Ada").customAttribute("tier", "free").build());

    assertThat(desk.contacts().unsetCustomAttribute(ada.id(), "seats")).isEqualTo(ada);
  }

  @Test
  void anUnknownContactIsNotFound() {
    assertNotFound(() -> desk.contacts().setCustomAttribute(ContactId.of(999), "tier", "free"));
    assertNotFound(() -> desk.contacts().unsetCustomAttribute(ContactId.of(999), "tier"));
  }
}
