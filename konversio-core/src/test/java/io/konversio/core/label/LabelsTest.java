package io.konversio.core.label;

import static io.konversio.core.FeatureFixture.assertInvalidInput;
import static io.konversio.core.FeatureFixture.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Desk;
import io.konversio.core.FeatureFixture;
import io.konversio.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelsTest {
  private final FeatureFixture fx = new FeatureFixture();
  private final Desk desk = fx.newAccount("Acme");

  @Test
  void aTitleIsStoredTrimmedInLowerCaseWithChatwootsDefaultColour() {
    Label label = desk.labels().create("  Billing ");

    assertThat(label.title()).isEqualTo("billing");
    assertThat(label.description()).isEmpty();
    assertThat(label.color()).isEqualTo(Labels.DEFAULT_COLOR).isEqualTo("#1f93ff");
    assertThat(label.accountId()).isEqualTo(desk.accountId());
  }

  @Test
  void aLabelKeepsItsDescriptionAndColour() {
    Label label = desk.labels().create("Refund", "Money back", "#FF0000");

    assertThat(desk.labels().get("refund")).isEqualTo(label);
    assertThat(label.description()).isEqualTo("Money back");
    assertThat(label.color()).isEqualTo("#FF0000");
  }

  @Test
  void aTitleTakenInAnyCaseIsRejected() {
    Label billing = desk.labels().create("Billing");

    assertInvalidInput(() -> desk.labels().create("billing"), "title", "billing");
    assertInvalidInput(() -> desk.labels().create(" BILLING", "other", "#000000"), "title", " BILLING");

    assertThat(desk.labels().list()).containsExactly(billing);
  }

  @Test
  void aBlankTitleIsRejected() {
    assertInvalidInput(() -> desk.labels().create(" "), "title", " ");
    assertThatThrownBy(() -> desk.labels().create(null)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field()).isEqualTo("title"));
    assertThat(desk.labels().list()).isEmpty();
  }

  @Test
  void aTitleWithACommaIsRejected() {
    assertInvalidInput(() -> desk.labels().create("billing,refund"), "title", "billing,refund");
  }

  @Test
  void aTitleLongerThan255CharactersIsRejected() {
    String longest = "x".repeat(255);

    assertThat(desk.labels().create(longest).title()).isEqualTo(longest);
    assertThatThrownBy(() -> desk.labels().create("y".repeat(256)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("title"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"red", "#fff", "1f93ff", "#1f93fg", "#1f93ff0", ""})
  void aColourThatIsNotSixHexDigitsIsRejected(String color) {
    assertInvalidInput(() -> desk.labels().create("billing", "", color), "color", color);
    assertThat(desk.labels().list()).isEmpty();
  }

  @Test
  void labelsAreFoundInAnyCaseAndListedByTitle() {
    desk.labels().create("Zebra");
    desk.labels().create("alpha");
    desk.labels().create("Mango");

    assertThat(desk.labels().find("ZEBRA")).map(Label::title).contains("zebra");
    assertThat(desk.labels().find(" Mango ")).isPresent();
    assertThat(desk.labels().find("kiwi")).isEmpty();
    assertNotFound(() -> desk.labels().get("kiwi"));
    assertThat(desk.labels().list()).extracting(Label::title).containsExactly("alpha", "mango", "zebra");
  }

  @Test
  void aDeletedLabelIsGoneAndItsTitleFreeAgain() {
    desk.labels().create("billing");

    desk.labels().delete("BILLING");

    assertThat(desk.labels().find("billing")).isEmpty();
    assertThat(desk.labels().create("Billing").title()).isEqualTo("billing");
  }

  @Test
  void deletingAnUnknownLabelIsNotFound() {
    assertNotFound(() -> desk.labels().delete("nothing"));
  }

  @Test
  void normalizingStripsAndLowerCases() {
    assertThat(Label.normalize("  Ünïcode TITLE ")).isEqualTo("ünïcode title");
  }
}
