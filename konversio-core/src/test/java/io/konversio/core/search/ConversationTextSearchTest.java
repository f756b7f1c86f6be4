package io.konversio.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.FeatureFixture;
import io.konversio.core.agent.Agent;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.inbox.Inbox;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text search: message content (notes included), contact name, email and phone, ignoring case. */
class ConversationTextSearchTest {
  private final FeatureFixture fx = new FeatureFixture();
  private final Desk desk = fx.newAccount("Acme");
  private final Inbox inbox = fx.inbox(desk, "Support");
  private final Agent alice = fx.agent(desk, "Alice", inbox);
  private final Contact ada = desk.contacts().create(NewContact.builder("Ada Lovelace").email("ada@analytical.test")
      .phoneNumber("+44 20 7946 0958").build());
  private final Contact grace = desk.contacts().create(NewContact.builder("Grace Hopper").email("grace@navy.test")
      .phoneNumber("555-0100").build());
  private final Conversation adaInvoice = fx.conversation(desk, inbox, ada, "My INVOICE is wrong");
  private final Conversation gracePassword = fx.conversation(desk, inbox, grace, "Password reset please");
  private final Conversation graceCompiler = fx.conversation(desk, inbox, grace, "The compiler crashed");

  @Test
  void messageContentIsSearchedIgnoringCase() {
    assertThat(search("invoice")).containsExactly(adaInvoice.id());
    assertThat(search("PASSWORD RESET")).containsExactly(gracePassword.id());
  }

  @Test
  void everyMessageCountsRepliesAndPrivateNotesIncluded() {
    desk.conversations().reply(gracePassword.id(), "Sent you a magic link", Actor.agent(alice.id()));
    desk.conversations().note(graceCompiler.id(), "Looks like an Invoice bug actually", Actor.agent(alice.id()));

    assertThat(search("magic link")).containsExactly(gracePassword.id());
    assertThat(search("invoice")).containsExactlyInAnyOrder(adaInvoice.id(), graceCompiler.id());
  }

  @Test
  void theContactsNameIsSearched() {
    assertThat(search("hopper")).containsExactlyInAnyOrder(gracePassword.id(), graceCompiler.id());
    assertThat(search("ADA LOVE")).containsExactly(adaInvoice.id());
  }

  @Test
  void theContactsEmailIsSearched() {
    assertThat(search("NAVY.test")).containsExactlyInAnyOrder(gracePassword.id(), graceCompiler.id());
    assertThat(search("ada@analytical")).containsExactly(adaInvoice.id());
  }

  @Test
  void theContactsPhoneIsSearched() {
    assertThat(search("7946")).containsExactly(adaInvoice.id());
    assertThat(search("555-0100")).containsExactlyInAnyOrder(gracePassword.id(), graceCompiler.id());
  }

  @Test
  void textFoundNowhereMatchesNothing() {
    assertThat(search("zebra")).isEmpty();
  }

  @Test
  void searchTextIsTakenLiterally() {
    Conversation odd = fx.conversation(desk, inbox, ada, "Discount (50%) not applied? [a-z]*");

    assertThat(search("(50%)")).containsExactly(odd.id());
    assertThat(search("[a-z]*")).containsExactly(odd.id());
    assertThat(search(".*")).isEmpty();
  }

  @Test
  void blankTextSearchesNothingAndMatchesEverything() {
    assertThat(ConversationQuery.builder().text("   ").build().text()).isEmpty();
    assertThat(ConversationQuery.builder().text(null).build().text()).isEmpty();
    assertThat(search("  ")).hasSize(3);
  }

  @Test
  void searchTextIsTrimmed() {
    assertThat(ConversationQuery.builder().text("  invoice ").build().text()).contains("invoice");
    assertThat(search("  invoice ")).containsExactly(adaInvoice.id());
  }

  @Test
  void searchCombinesWithTheOtherFilters() {
    desk.conversations().resolve(graceCompiler.id(), Actor.agent(alice.id()));

    assertThat(desk.conversations().list(ConversationQuery.builder().text("grace")
        .statuses(ConversationStatus.OPEN).build()).items()).extracting(Conversation::id)
        .containsExactly(gracePassword.id());
  }

  private List<ConversationId> search(String text) {
    return desk.conversations().list(ConversationQuery.builder().text(text).build()).items().stream()
        .map(Conversation::id).toList();
  }
}
