package io.konversio.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.account.Account;
import io.konversio.core.account.AccountId;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.AttributeType;
import io.konversio.core.attribute.CustomAttributeDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.konversio.core.spi.AttributeStore}. Subclass it with {@link #newStore()} returning a
 * fresh store of the implementation under test. Not thread-safe.
 */
public abstract class AttributeStoreContract extends StoreContractSupport {

  private static CustomAttributeDefinition text(AccountId account, AttributeModel model, String key) {
    return new CustomAttributeDefinition(account, model, key, "Name of " + key, AttributeType.TEXT, List.of());
  }

  private void insert(CustomAttributeDefinition... definitions) {
    useWrite(tx -> {
      for (CustomAttributeDefinition d : definitions) {
        tx.attributes().insert(d);
      }
    });
  }

  @Test
  void aDefinitionOfEveryTypeAndModelRoundTrips() {
    Account acme = newAccount("Acme");
    List<CustomAttributeDefinition> definitions = new ArrayList<>();
    for (AttributeModel model : AttributeModel.values()) {
      for (AttributeType type : AttributeType.values()) {
        List<String> values = type == AttributeType.LIST
            ? List.of("Zebra", "Äpfel, Birnen", "apple", "中文 选项", "\"quoted\"") : List.of();
        definitions.add(new CustomAttributeDefinition(acme.id(), model, "field_" + type.code(),
            "Feld « " + type.code() + " » ✓", type, values));
      }
    }
    insert(definitions.toArray(CustomAttributeDefinition[]::new));

    for (CustomAttributeDefinition d : definitions) {
      Optional<CustomAttributeDefinition> found = read(tx -> tx.attributes().find(acme.id(), d.model(), d.key()));
      assertThat(found).contains(d);
    }
  }

  @Test
  void listValuesKeepTheirOrder() {
    Account acme = newAccount("Acme");
    CustomAttributeDefinition plan = new CustomAttributeDefinition(acme.id(), AttributeModel.CONVERSATION, "plan",
        "Plan", AttributeType.LIST, List.of("silver", "gold", "bronze", "platinum"));
    insert(plan);

    Optional<CustomAttributeDefinition> found =
        read(tx -> tx.attributes().find(acme.id(), AttributeModel.CONVERSATION, "plan"));

    assertThat(found).map(CustomAttributeDefinition::listValues)
        .contains(List.of("silver", "gold", "bronze", "platinum"));
  }

  @Test
  void listHoldsOneModelOfOneAccountOrderedByKeyByCodePoint() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    insert(text(acme.id(), AttributeModel.CONVERSATION, "order_id"),
        text(acme.id(), AttributeModel.CONVERSATION, "ab"),
        text(acme.id(), AttributeModel.CONVERSATION, "a_z"),
        text(acme.id(), AttributeModel.CONVERSATION, "order2"),
        text(acme.id(), AttributeModel.CONVERSATION, "orderid"),
        text(acme.id(), AttributeModel.CONTACT, "aaa"),
        text(globex.id(), AttributeModel.CONVERSATION, "aab"));

    List<CustomAttributeDefinition> listed = read(tx -> tx.attributes().list(acme.id(), AttributeModel.CONVERSATION));

    assertThat(listed).extracting(CustomAttributeDefinition::key)
        .containsExactly("a_z", "ab", "order2", "order_id", "orderid");
  }

  @Test
  void theSameKeyMayBeUsedByTheOtherModelAndByAnotherAccount() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    CustomAttributeDefinition conversationPlan = text(acme.id(), AttributeModel.CONVERSATION, "plan");
    CustomAttributeDefinition contactPlan = text(acme.id(), AttributeModel.CONTACT, "plan");
    CustomAttributeDefinition globexPlan = text(globex.id(), AttributeModel.CONVERSATION, "plan");

    insert(conversationPlan, contactPlan, globexPlan);

    List<CustomAttributeDefinition> acmeContact = read(tx -> tx.attributes().list(acme.id(), AttributeModel.CONTACT));
    List<CustomAttributeDefinition> globexConversation =
        read(tx -> tx.attributes().list(globex.id(), AttributeModel.CONVERSATION));
    assertThat(acmeContact).containsExactly(contactPlan);
    assertThat(globexConversation).containsExactly(globexPlan);
  }

  @Test
  void aSecondDefinitionWithTheSameAccountModelAndKeyThrows() {
    Account acme = newAccount("Acme");
    CustomAttributeDefinition plan = text(acme.id(), AttributeModel.CONVERSATION, "plan");
    insert(plan);
    CustomAttributeDefinition again = new CustomAttributeDefinition(acme.id(), AttributeModel.CONVERSATION, "plan",
        "Other", AttributeType.NUMBER, List.of());

    assertThatThrownBy(() -> insert(again)).isInstanceOf(RuntimeException.class);

    List<CustomAttributeDefinition> listed = read(tx -> tx.attributes().list(acme.id(), AttributeModel.CONVERSATION));
    assertThat(listed).containsExactly(plan);
  }

  @Test
  void deleteRemovesOnlyThatDefinition() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    CustomAttributeDefinition conversationPlan = text(acme.id(), AttributeModel.CONVERSATION, "plan");
    CustomAttributeDefinition conversationSeats = text(acme.id(), AttributeModel.CONVERSATION, "seats");
    CustomAttributeDefinition contactPlan = text(acme.id(), AttributeModel.CONTACT, "plan");
    CustomAttributeDefinition globexPlan = text(globex.id(), AttributeModel.CONVERSATION, "plan");
    insert(conversationPlan, conversationSeats, contactPlan, globexPlan);

    useWrite(tx -> tx.attributes().delete(acme.id(), AttributeModel.CONVERSATION, "plan"));

    List<CustomAttributeDefinition> conversation =
        read(tx -> tx.attributes().list(acme.id(), AttributeModel.CONVERSATION));
    List<CustomAttributeDefinition> contact = read(tx -> tx.attributes().list(acme.id(), AttributeModel.CONTACT));
    List<CustomAttributeDefinition> globexList =
        read(tx -> tx.attributes().list(globex.id(), AttributeModel.CONVERSATION));
    assertThat(conversation).containsExactly(conversationSeats);
    assertThat(contact).containsExactly(contactPlan);
    assertThat(globexList).containsExactly(globexPlan);
  }

  @Test
  void deleteAsAnotherAccountOrOfAnUnknownKeyDoesNothing() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    CustomAttributeDefinition plan = text(acme.id(), AttributeModel.CONVERSATION, "plan");
    insert(plan);

    useWrite(tx -> {
      tx.attributes().delete(globex.id(), AttributeModel.CONVERSATION, "plan");
      tx.attributes().delete(acme.id(), AttributeModel.CONVERSATION, "nothing_here");
    });

    List<CustomAttributeDefinition> listed = read(tx -> tx.attributes().list(acme.id(), AttributeModel.CONVERSATION));
    assertThat(listed).containsExactly(plan);
  }

  @Test
  void findWithAnotherAccountOrModelIsEmpty() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    insert(text(acme.id(), AttributeModel.CONVERSATION, "plan"));

    Optional<CustomAttributeDefinition> otherAccount =
        read(tx -> tx.attributes().find(globex.id(), AttributeModel.CONVERSATION, "plan"));
    Optional<CustomAttributeDefinition> otherModel =
        read(tx -> tx.attributes().find(acme.id(), AttributeModel.CONTACT, "plan"));

    assertThat(otherAccount).isEmpty();
    assertThat(otherModel).isEmpty();
  }
}
