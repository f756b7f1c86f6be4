package io.konversio.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.account.Account;
import io.konversio.core.agent.AgentId;
import io.konversio.core.inbox.AutoAssignment;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxId;
import io.konversio.core.businesshours.BusinessHours;
import io.konversio.core.businesshours.OpeningInterval;
import io.konversio.core.inbox.InboxSettings;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.konversio.core.spi.InboxStore}, its round-robin ledger included. Subclass it with
 * {@link #newStore()} returning a fresh store of the implementation under test. Not thread-safe.
 */
public abstract class InboxStoreContract extends StoreContractSupport {

  @Test
  void everyChannelTypeAndSettingRoundTrips() {
    Account acme = newAccount("Acme");
    List<InboxSettings> settings = List.of(InboxSettings.defaults(),
        new InboxSettings(true, AutoAssignment.roundRobin()),
        new InboxSettings(false, AutoAssignment.balanced().withMaxOpenPerAgent(7)),
        new InboxSettings(true, new AutoAssignment(false, AutoAssignment.Mode.BALANCED, 3)),
        InboxSettings.defaults().withBusinessHours(BusinessHours.builder(ZoneId.of("America/New_York"))
            .weekdays(LocalTime.of(9, 0), LocalTime.of(12, 30))
            .interval(DayOfWeek.MONDAY, LocalTime.of(13, 30), LocalTime.of(17, 0))
            .interval(DayOfWeek.FRIDAY, OpeningInterval.untilEndOfDay(LocalTime.of(22, 0)))
            .allDay(DayOfWeek.SATURDAY)
            .holiday(LocalDate.of(2026, 12, 25)).holiday(LocalDate.of(2027, 1, 1))
            .build()));
    List<Inbox> inserted = write(tx -> {
      List<Inbox> inboxes = new ArrayList<>();
      for (ChannelType channel : ChannelType.values()) {
        Inbox inbox = inbox(tx, acme.id(), "Posteingang « " + channel.code() + " » 📥", channel)
            .withSettings(settings.get(channel.ordinal() % settings.size()));
        tx.inboxes().insert(inbox);
        inboxes.add(inbox);
      }
      return inboxes;
    });

    List<Inbox> listed = read(tx -> tx.inboxes().list(acme.id()));
    Optional<Inbox> found = read(tx -> tx.inboxes().find(acme.id(), inserted.get(3).id()));

    assertThat(listed).containsExactlyElementsOf(inserted);
    assertThat(found).contains(inserted.get(3));
  }

  @Test
  void updateReplacesNameAndSettings() {
    Account acme = newAccount("Acme");
    Inbox inbox = newInbox(acme.id(), "Support", ChannelType.WEBSITE);
    Inbox changed = inbox.withName("Kundendienst").withSettings(
        new InboxSettings(true, AutoAssignment.balanced().withMaxOpenPerAgent(12)));

    useWrite(tx -> tx.inboxes().update(changed));

    Optional<Inbox> found = read(tx -> tx.inboxes().find(acme.id(), inbox.id()));
    assertThat(found).contains(changed);
  }

  @Test
  void updatingAnUnknownInboxThrowsAndStoresNothing() {
    Account acme = newAccount("Acme");
    Inbox ghost = new Inbox(InboxId.of(424_242), acme.id(), "Ghost", ChannelType.API, InboxSettings.defaults(), T0);

    assertThatThrownBy(() -> useWrite(tx -> tx.inboxes().update(ghost))).isInstanceOf(RuntimeException.class);

    List<Inbox> listed = read(tx -> tx.inboxes().list(acme.id()));
    assertThat(listed).isEmpty();
  }

  @Test
  void updatingAnInboxAsAnotherAccountThrowsAndChangesNothing() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    Inbox inbox = newInbox(acme.id(), "Support", ChannelType.EMAIL);
    Inbox hijacked = new Inbox(inbox.id(), globex.id(), "Hijacked", ChannelType.EMAIL, InboxSettings.defaults(), T0);

    assertThatThrownBy(() -> useWrite(tx -> tx.inboxes().update(hijacked))).isInstanceOf(RuntimeException.class);

    Optional<Inbox> found = read(tx -> tx.inboxes().find(acme.id(), inbox.id()));
    List<Inbox> globexInboxes = read(tx -> tx.inboxes().list(globex.id()));
    assertThat(found).contains(inbox);
    assertThat(globexInboxes).isEmpty();
  }

  @Test
  void listIsOrderedByIdAndKeepsToTheAccount() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    List<Inbox> acmeInboxes = write(tx -> {
      Inbox first = inbox(tx, acme.id(), "Zulu", ChannelType.SMS);
      Inbox second = inbox(tx, acme.id(), "Alpha", ChannelType.EMAIL);
      tx.inboxes().insert(inbox(tx, globex.id(), "Other", ChannelType.EMAIL));
      tx.inboxes().insert(second);
      tx.inboxes().insert(first);
      return List.of(first, second);
    });

    List<Inbox> listed = read(tx -> tx.inboxes().list(acme.id()));

    assertThat(listed).containsExactlyElementsOf(acmeInboxes);
  }

  @Test
  void findWithAnotherAccountIsEmpty() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    Inbox inbox = newInbox(acme.id(), "Support", ChannelType.EMAIL);

    Optional<Inbox> found = read(tx -> tx.inboxes().find(globex.id(), inbox.id()));

    assertThat(found).isEmpty();
  }

  @Test
  void insertingAnExistingIdThrowsAndKeepsTheStoredInbox() {
    Account acme = newAccount("Acme");
    Inbox inbox = newInbox(acme.id(), "Support", ChannelType.EMAIL);

    assertThatThrownBy(() -> useWrite(tx -> tx.inboxes().insert(inbox.withName("Duplicate"))))
        .isInstanceOf(RuntimeException.class);

    List<Inbox> listed = read(tx -> tx.inboxes().list(acme.id()));
    assertThat(listed).containsExactly(inbox);
  }

  @Test
  void aNewInboxHasNoAutoAssignmentTickets() {
    Account acme = newAccount("Acme");
    Inbox inbox = newInbox(acme.id(), "Support", ChannelType.EMAIL);

    Map<AgentId, Long> tickets = read(tx -> tx.inboxes().autoAssignmentTickets(acme.id(), inbox.id()));

    assertThat(tickets).isEmpty();
  }

  @Test
  void recordAutoAssignmentKeepsTheLatestTicketOfEachAgent() {
    Account acme = newAccount("Acme");
    Inbox inbox = newInbox(acme.id(), "Support", ChannelType.EMAIL);
    AgentId alice = newAgent(acme.id(), "Alice", inbox).id();
    AgentId bob = newAgent(acme.id(), "Bob", inbox).id();

    useWrite(tx -> {
      tx.inboxes().recordAutoAssignment(acme.id(), inbox.id(), alice, 1);
      tx.inboxes().recordAutoAssignment(acme.id(), inbox.id(), bob, 2);
    });
    useWrite(tx -> tx.inboxes().recordAutoAssignment(acme.id(), inbox.id(), alice, 3));

    Map<AgentId, Long> tickets = read(tx -> tx.inboxes().autoAssignmentTickets(acme.id(), inbox.id()));
    assertThat(tickets).containsExactlyInAnyOrderEntriesOf(Map.of(alice, 3L, bob, 2L));
  }

  @Test
  void autoAssignmentTicketsAreKeptPerInbox() {
    Account acme = newAccount("Acme");
    Inbox email = newInbox(acme.id(), "Email", ChannelType.EMAIL);
    Inbox web = newInbox(acme.id(), "Web", ChannelType.WEBSITE);
    AgentId alice = newAgent(acme.id(), "Alice", email, web).id();

    useWrite(tx -> {
      tx.inboxes().recordAutoAssignment(acme.id(), email.id(), alice, 10);
      tx.inboxes().recordAutoAssignment(acme.id(), web.id(), alice, 11);
    });

    Map<AgentId, Long> emailTickets = read(tx -> tx.inboxes().autoAssignmentTickets(acme.id(), email.id()));
    Map<AgentId, Long> webTickets = read(tx -> tx.inboxes().autoAssignmentTickets(acme.id(), web.id()));
    assertThat(emailTickets).containsExactlyEntriesOf(Map.of(alice, 10L));
    assertThat(webTickets).containsExactlyEntriesOf(Map.of(alice, 11L));
  }

  @Test
  void autoAssignmentTicketsKeepToTheAccount() {
    Account acme = newAccount("Acme");
    Account globex = newAccount("Globex");
    Inbox inbox = newInbox(acme.id(), "Support", ChannelType.EMAIL);
    AgentId alice = newAgent(acme.id(), "Alice", inbox).id();
    useWrite(tx -> tx.inboxes().recordAutoAssignment(acme.id(), inbox.id(), alice, 1));

    Map<AgentId, Long> tickets = read(tx -> tx.inboxes().autoAssignmentTickets(globex.id(), inbox.id()));

    assertThat(tickets).isEmpty();
  }
}
