package io.konversio.core.contact;

import static io.konversio.core.FeatureFixture.assertInvalidInput;
import static io.konversio.core.FeatureFixture.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Desk;
import io.konversio.core.FeatureFixture;
import io.konversio.core.Page;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactsTest {
  private final FeatureFixture fx = new FeatureFixture();
  private final Desk desk = fx.newAccount("Acme");

  @Test
  void aNewContactKeepsItsDetailsTrimmedWithALowerCaseEmail() {
    Contact ada = desk.contacts().create(NewContact.builder(" Ada Lovelace ").email(" Ada@Example.COM ")
        .phoneNumber(" +44 20 7946 0958 ").additionalAttribute("city", "London").build());

    assertThat(ada.name()).isEqualTo("Ada Lovelace");
    assertThat(ada.email()).contains("ada@example.com");
    assertThat(ada.phoneNumber()).contains("+44 20 7946 0958");
    assertThat(ada.additionalAttributes()).containsExactly(java.util.Map.entry("city", "London"));
    assertThat(ada.customAttributes()).isEmpty();
    assertThat(ada.blocked()).isFalse();
    assertThat(ada.createdAt()).isEqualTo(FeatureFixture.START);
    assertThat(desk.contacts().get(ada.id())).isEqualTo(ada);
  }

  @Test
  void emailAndPhoneAreOptional() {
    Contact visitor = desk.contacts().create(NewContact.builder("Visitor").build());

    assertThat(visitor.email()).isEmpty();
    assertThat(visitor.phoneNumber()).isEmpty();
  }

  @Test
  void aBlankNameIsRejected() {
    assertInvalidInput(() -> desk.contacts().create(NewContact.builder("  ").build()), "name", "  ");
    assertThat(desk.contacts().list(0, 10).total()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ada", "ada@", "@example.com", "ada lovelace@example.com", "ada@@example.com"})
  void anEmailThatIsNotAnAddressIsRejected(String email) {
    assertInvalidInput(() -> desk.contacts().create(NewContact.builder("Ada").email(email).build()), "email",
        email);
    assertThat(desk.contacts().list(0, 10).total()).isZero();
  }

  @Test
  void aContactEmailTakenInAnyCaseIsRejected() {
    Contact ada = desk.contacts().create(NewContact.builder("Ada").email("ada@example.com").build());

    assertInvalidInput(() -> desk.contacts().create(NewContact.builder("Ada Again").email("ADA@example.com")
        .build()), "email", "ADA@example.com");

    assertThat(desk.contacts().list(0, 10).items()).containsExactly(ada);
  }

  @Test
  void contactsWithoutEmailNeverClash() {
    desk.contacts().create(NewContact.builder("Visitor").build());
    desk.contacts().create(NewContact.builder("Visitor").build());

    assertThat(desk.contacts().list(0, 10).total()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+4420794609", "020 7946 0958", "(020) 7946-0958", "555.0100", "123"})
  void aFormattedPhoneNumberIsAccepted(String phone) {
    assertThat(desk.contacts().create(NewContact.builder("Ada").phoneNumber(phone).build()).phoneNumber())
        .contains(phone);
  }

  @ParameterizedTest
  @ValueSource(strings = {"call me", "12", "+", "+44 20 7946 0958 ext 12", "+44 (20) 7946 0958 / 0000 - 1111 - 2222 3"})
  void aPhoneNumberThatIsNotOneIsRejected(String phone) {
    assertPhoneRejected(phone);
  }

  @ParameterizedTest
  @ValueSource(strings = {"---", "(.)", "( ) - /"})
  void punctuationWithoutDigitsIsNotAPhoneNumber(String phone) {
    assertPhoneRejected(phone);
  }

  @Test
  void moreThanFifteenDigitsIsNotAPhoneNumber() {
    assertPhoneRejected("1234567890123456");
    assertPhoneRejected("+44-20-7946-0958-0000-1111-2222-3");
    assertThat(desk.contacts().create(NewContact.builder("Ada").phoneNumber("+123456789012345").build())
        .phoneNumber()).contains("+123456789012345");
  }

  private void assertPhoneRejected(String phone) {
    assertInvalidInput(() -> desk.contacts().create(NewContact.builder("Ada").phoneNumber(phone).build()),
        "phoneNumber", phone);
    assertThat(desk.contacts().list(0, 10).total()).isZero();
  }

  @Test
  void blockingAndUnblockingFlipTheFlagOnly() {
    Contact ada = fx.contact(desk, "Ada");

    Contact blocked = desk.contacts().block(ada.id());
    assertThat(blocked.blocked()).isTrue();
    assertThat(blocked.withBlocked(false)).isEqualTo(ada);
    assertThat(desk.contacts().get(ada.id()).blocked()).isTrue();

    assertThat(desk.contacts().unblock(ada.id())).isEqualTo(ada);
  }

  @Test
  void anUnknownContactIsNotFound() {
    ContactId unknown = ContactId.of(999);

    assertThat(desk.contacts().find(unknown)).isEmpty();
    assertNotFound(() -> desk.contacts().get(unknown));
    assertNotFound(() -> desk.contacts().block(unknown));
    assertNotFound(() -> desk.contacts().unblock(unknown));
  }

  @Test
  void contactsArePagedInTheOrderTheyWereCreated() {
    var created = IntStream.range(0, 7).mapToObj(i -> fx.contact(desk, "Contact " + i)).toList();

    Page<Contact> first = desk.contacts().list(0, 3);
    Page<Contact> last = desk.contacts().list(2, 3);
    Page<Contact> beyond = desk.contacts().list(3, 3);

    assertThat(first.items()).containsExactlyElementsOf(created.subList(0, 3));
    assertThat(first.total()).isEqualTo(7);
    assertThat(first.hasNext()).isTrue();
    assertThat(last.items()).containsExactly(created.get(6));
    assertThat(last.hasNext()).isFalse();
    assertThat(beyond.items()).isEmpty();
  }

  @Test
  void aBadPageOrPageSizeIsRejected() {
    assertInvalidInput(() -> desk.contacts().list(-1, 10), "page", -1);
    assertInvalidInput(() -> desk.contacts().list(0, 0), "size", 0);
    assertInvalidInput(() -> desk.contacts().list(0, 501), "size", 501);
  }
}
