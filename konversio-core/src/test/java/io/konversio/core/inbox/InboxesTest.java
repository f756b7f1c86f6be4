package io.konversio.core.inbox;

import static io.konversio.core.FeatureFixture.assertInvalidInput;
import static io.konversio.core.FeatureFixture.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Desk;
import io.konversio.core.FeatureFixture;
import io.konversio.core.InvalidInputException;
import io.konversio.core.inbox.AutoAssignment.Mode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InboxesTest {
  private final FeatureFixture fx = new FeatureFixture();
  private final Desk desk = fx.newAccount("Acme");

  @Test
  void aNewInboxHasTheTrimmedNameItsChannelAndDefaultSettings() {
    Inbox inbox = desk.inboxes().create("  Support  ", ChannelType.WHATSAPP);

    assertThat(inbox.name()).isEqualTo("Support");
    assertThat(inbox.channelType()).isEqualTo(ChannelType.WHATSAPP);
    assertThat(inbox.settings()).isEqualTo(InboxSettings.defaults());
    assertThat(inbox.settings().csatEnabled()).isFalse();
    assertThat(inbox.settings().autoAssignment().enabled()).isFalse();
    assertThat(inbox.createdAt()).isEqualTo(FeatureFixture.START);
    assertThat(inbox.accountId()).isEqualTo(desk.accountId());
    assertThat(desk.inboxes().get(inbox.id())).isEqualTo(inbox);
  }

  @Test
  void anInboxCanBeCreatedWithItsSettings() {
    InboxSettings settings = InboxSettings.defaults().withCsatEnabled(true)
        .withAutoAssignment(AutoAssignment.balanced().withMaxOpenPerAgent(3));

    Inbox inbox = desk.inboxes().create("Chat", ChannelType.WEBSITE, settings);

    assertThat(desk.inboxes().get(inbox.id()).settings()).isEqualTo(settings);
    assertThat(inbox.settings().autoAssignment().mode()).isEqualTo(Mode.BALANCED);
    assertThat(inbox.settings().autoAssignment().maxOpenPerAgent()).isEqualTo(3);
  }

  @Test
  void aBlankNameIsRejected() {
    assertInvalidInput(() -> desk.inboxes().create("   ", ChannelType.EMAIL), "name", "   ");
    assertThatThrownBy(() -> desk.inboxes().create(null, ChannelType.EMAIL))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("name");
          assertThat(e.value()).isEmpty();
        });
    assertThat(desk.inboxes().list()).isEmpty();
  }

  @Test
  void aNameAlreadyTakenInAnyCaseIsRejected() {
    Inbox first = desk.inboxes().create("Support", ChannelType.EMAIL);

    assertInvalidInput(() -> desk.inboxes().create("SUPPORT ", ChannelType.API), "name", "SUPPORT");

    assertThat(desk.inboxes().list()).containsExactly(first);
  }

  @Test
  void inboxesAreListedInTheOrderTheyWereCreated() {
    Inbox email = desk.inboxes().create("Email", ChannelType.EMAIL);
    Inbox api = desk.inboxes().create("API", ChannelType.API);
    Inbox chat = desk.inboxes().create("Chat", ChannelType.WEBSITE);

    assertThat(desk.inboxes().list()).containsExactly(email, api, chat);
  }

  @Test
  void settingsAreReplacedWholeAndTheRestOfTheInboxStays() {
    Inbox inbox = desk.inboxes().create("Support", ChannelType.EMAIL);
    InboxSettings settings = InboxSettings.defaults().withCsatEnabled(true)
        .withAutoAssignment(AutoAssignment.roundRobin());

    Inbox updated = desk.inboxes().updateSettings(inbox.id(), settings);

    assertThat(updated.settings()).isEqualTo(settings);
    assertThat(updated.withSettings(inbox.settings())).isEqualTo(inbox);
    assertThat(desk.inboxes().get(inbox.id())).isEqualTo(updated);
  }

  @Test
  void anUnknownInboxIsNotFound() {
    InboxId unknown = InboxId.of(4242);

    assertThat(desk.inboxes().find(unknown)).isEmpty();
    assertNotFound(() -> desk.inboxes().get(unknown));
    assertNotFound(() -> desk.inboxes().updateSettings(unknown, InboxSettings.defaults()));
  }

  @Test
  void aCapacityLimitCannotBeNegative() {
    assertThatThrownBy(() -> AutoAssignment.roundRobin().withMaxOpenPerAgent(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void channelsSayWhatTheyCanDo() {
    assertThat(ChannelType.WEBSITE.isLiveChat()).isTrue();
    assertThat(ChannelType.WEBSITE.supportsOutboundMessages()).isFalse();
    assertThat(Arrays.stream(ChannelType.values()).filter(ChannelType::supportsOutboundMessages))
        .containsExactlyInAnyOrder(ChannelType.EMAIL, ChannelType.API, ChannelType.SMS, ChannelType.WHATSAPP);
    assertThat(Arrays.stream(ChannelType.values()).filter(ChannelType::isLiveChat))
        .containsExactly(ChannelType.WEBSITE);
  }

  @ParameterizedTest
  @EnumSource(ChannelType.class)
  void everyChannelTypeIsFoundByItsCode(ChannelType type) {
    assertThat(ChannelType.ofCode(type.code())).isSameAs(type);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void everyAutoAssignmentModeIsFoundByItsCode(Mode mode) {
    assertThat(Mode.ofCode(mode.code())).isSameAs(mode);
  }
}
