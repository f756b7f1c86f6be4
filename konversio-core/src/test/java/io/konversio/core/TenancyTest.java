package io.konversio.core;

import static io.konversio.core.FeatureFixture.assertInvalidInput;
import static io.konversio.core.FeatureFixture.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.Agent;
import io.konversio.core.agent.AgentRole;
import io.konversio.core.agent.Availability;
import io.konversio.core.agent.Team;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.attribute.AttributeType;
import io.konversio.core.bulk.BulkResult;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationUpdate;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.conversation.Priority;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxSettings;
import io.konversio.core.notification.Notification;
import io.konversio.core.search.AssigneeFilter;
import io.konversio.core.search.ConversationCounts;
import io.konversio.core.search.ConversationQuery;
import io.konversio.core.search.SavedFilter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two accounts on one Konversio: nothing of account A can be seen or changed through account B's desk, and
 * entities of B cannot be combined with entities of A.
 */
class TenancyTest {
  private final FeatureFixture fx = new FeatureFixture();
  private Desk a;
  private Desk b;
  private Inbox inboxA;
  private Agent aliceA;
  private Team teamA;
  private Contact contactA;
  private Conversation conversationA;
  private Notification notificationA;
  private SavedFilter filterA;
  private Inbox inboxB;
  private Agent bobB;
  private Contact contactB;
  private Conversation conversationB;

  @BeforeEach
  void twoAccounts() {
    a = fx.newAccount("Acme");
    inboxA = fx.inbox(a, "Support");
    aliceA = fx.agent(a, "Alice", inboxA);
    teamA = a.teams().create("Billing", "");
    a.teams().addMember(teamA.id(), aliceA.id());
    a.labels().create("vip");
    a.customAttributes().define(AttributeModel.CONVERSATION, "plan", "Plan", AttributeType.TEXT);
    a.customAttributes().define(AttributeModel.CONTACT, "tier", "Tier", AttributeType.TEXT);
    contactA = a.contacts().create(NewContact.builder("Ada Acme").email("ada@acme.test").phoneNumber("+4411111")
        .build());
    conversationA = fx.conversation(a, inboxA, contactA, "acme secret invoice");
    conversationA = a.conversations().update(conversationA.id(), ConversationUpdate.builder()
        .assignee(aliceA.id()).team(teamA.id()).addLabels("vip").setCustomAttribute("plan", "gold").build(),
        Actor.system());
    notificationA = a.notifications().list(aliceA.id()).items().get(0);
    filterA = a.savedFilters().save(aliceA.id(), "Mine", ConversationQuery.builder()
        .assignee(AssigneeFilter.mine()).build());

    b = fx.newAccount("Globex");
    inboxB = fx.inbox(b, "Support");
    bobB = fx.agent(b, "Bob", inboxB);
    contactB = fx.contact(b, "Bea Globex");
    conversationB = fx.conversation(b, inboxB, contactB, "globex question");
  }

  @Test
  void anUnknownAccountHasNoDesk() {
    AccountId unknown = AccountId.of(999);

    assertThatThrownBy(() -> fx.konversio().desk(unknown)).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("999");
  }

  @Test
  void eachAccountHasItsOwnDisplayIds() {
    assertThat(conversationA.displayId()).isEqualTo(1);
    assertThat(conversationB.displayId()).isEqualTo(1);
    assertThat(b.conversations().findByDisplayId(1)).map(Conversation::id).contains(conversationB.id());
    assertThat(a.conversations().findByDisplayId(1)).map(Conversation::id).contains(conversationA.id());
  }

  @Test
  void inboxesOfAnotherAccountAreInvisible() {
    assertThat(b.inboxes().find(inboxA.id())).isEmpty();
    assertNotFound(() -> b.inboxes().get(inboxA.id()));
    assertThat(b.inboxes().list()).extracting(Inbox::id).containsExactly(inboxB.id());
    assertNotFound(() -> b.inboxes().updateSettings(inboxA.id(), InboxSettings.defaults().withCsatEnabled(true)));
    assertThat(a.inboxes().get(inboxA.id()).settings().csatEnabled()).isFalse();
  }

  @Test
  void agentsOfAnotherAccountAreInvisibleAndUnchangeable() {
    assertThat(b.agents().find(aliceA.id())).isEmpty();
    assertNotFound(() -> b.agents().get(aliceA.id()));
    assertThat(b.agents().list()).extracting(Agent::id).containsExactly(bobB.id());
    assertNotFound(() -> b.agents().setAvailability(aliceA.id(), Availability.ONLINE));
    assertNotFound(() -> b.agents().setRole(aliceA.id(), AgentRole.ADMINISTRATOR));
    assertNotFound(() -> b.agents().addToInbox(aliceA.id(), inboxB.id()));
    assertNotFound(() -> b.agents().removeFromInbox(aliceA.id(), inboxA.id()));
    assertThat(a.agents().get(aliceA.id())).isEqualTo(aliceA);
  }

  @Test
  void anAgentCannotJoinAnInboxOfAnotherAccount() {
    assertInvalidInput(() -> b.agents().addToInbox(bobB.id(), inboxA.id()), "inbox", inboxA.id());
    assertThat(b.agents().get(bobB.id()).inboxes()).containsExactly(inboxB.id());
  }

  @Test
  void teamsOfAnotherAccountAreInvisibleAndUnchangeable() {
    Team teamB = b.teams().create("Billing", "same name, other account");

    assertThat(b.teams().find(teamA.id())).isEmpty();
    assertNotFound(() -> b.teams().get(teamA.id()));
    assertThat(b.teams().list()).extracting(Team::id).containsExactly(teamB.id());
    assertNotFound(() -> b.teams().addMember(teamA.id(), bobB.id()));
    assertNotFound(() -> b.teams().removeMember(teamA.id(), bobB.id()));
    assertInvalidInput(() -> b.teams().addMember(teamB.id(), aliceA.id()), "agent", aliceA.id());
    assertThat(b.teams().get(teamB.id()).members()).isEmpty();
    assertThat(a.teams().get(teamA.id()).members()).containsExactly(aliceA.id());
  }

  @Test
  void contactsOfAnotherAccountAreInvisibleAndUnchangeable() {
    assertThat(b.contacts().find(contactA.id())).isEmpty();
    assertNotFound(() -> b.contacts().get(contactA.id()));
    assertThat(b.contacts().list(0, 50).items()).extracting(Contact::id).containsExactly(contactB.id());
    assertNotFound(() -> b.contacts().block(contactA.id()));
    assertNotFound(() -> b.contacts().unblock(contactA.id()));
    assertNotFound(() -> b.contacts().setCustomAttribute(contactA.id(), "tier", "gold"));
    assertThat(a.contacts().get(contactA.id())).isEqualTo(contactA);
  }

  @Test
  void labelsOfAnotherAccountAreInvisibleAndUnusable() {
    assertThat(b.labels().find("vip")).isEmpty();
    assertNotFound(() -> b.labels().get("vip"));
    assertThat(b.labels().list()).isEmpty();
    assertNotFound(() -> b.labels().delete("vip"));
    assertInvalidInput(() -> b.conversations().addLabels(conversationB.id(), List.of("vip"), agentB()), "labels",
        "vip");
    assertThat(a.labels().find("vip")).isPresent();
  }

  @Test
  void theSameLabelTitleMayExistInEveryAccount() {
    b.labels().create("VIP");

    assertThat(b.labels().list()).hasSize(1);
    assertThat(a.labels().list()).hasSize(1);
    assertThat(a.labels().get("vip").id()).isNotEqualTo(b.labels().get("vip").id());
  }

  @Test
  void attributeDefinitionsOfAnotherAccountAreInvisibleAndUnusable() {
    assertThat(b.customAttributes().find(AttributeModel.CONVERSATION, "plan")).isEmpty();
    assertNotFound(() -> b.customAttributes().get(AttributeModel.CONVERSATION, "plan"));
    assertThat(b.customAttributes().list(AttributeModel.CONVERSATION)).isEmpty();
    assertThat(b.customAttributes().list(AttributeModel.CONTACT)).isEmpty();
    assertInvalidInput(() -> b.conversations().setCustomAttribute(conversationB.id(), "plan", "gold", agentB()),
        "customAttributes.plan", "gold");
    assertInvalidInput(() -> b.contacts().setCustomAttribute(contactB.id(), "tier", "gold"), "customAttributes.tier",
        "gold");
    assertInvalidInput(() -> b.contacts().create(NewContact.builder("Cy").customAttribute("tier", "gold").build()),
        "customAttributes.tier", "gold");
  }

  @Test
  void theSameAttributeKeyMayBeDefinedInEveryAccount() {
    b.customAttributes().define(AttributeModel.CONVERSATION, "plan", "Plan", AttributeType.NUMBER);

    assertThat(b.conversations().setCustomAttribute(conversationB.id(), "plan", 3, agentB()).customAttributes())
        .containsEntry("plan", new java.math.BigDecimal(3));
    assertThat(a.customAttributes().get(AttributeModel.CONVERSATION, "plan").type()).isEqualTo(AttributeType.TEXT);
  }

  @Test
  void conversationsOfAnotherAccountCannotBeReadOrChanged() {
    Actor bob = agentB();

    assertThat(b.conversations().find(conversationA.id())).isEmpty();
    assertNotFound(() -> b.conversations().get(conversationA.id()));
    assertNotFound(() -> b.conversations().messages(conversationA.id()));
    assertNotFound(() -> b.conversations().customerView(conversationA.id()));
    assertNotFound(() -> b.conversations().receive(conversationA.id(), "hi"));
    assertNotFound(() -> b.conversations().reply(conversationA.id(), "hi", bob));
    assertNotFound(() -> b.conversations().note(conversationA.id(), "hi", bob));
    assertNotFound(() -> b.conversations().resolve(conversationA.id(), bob));
    assertNotFound(() -> b.conversations().markPending(conversationA.id(), bob));
    assertNotFound(() -> b.conversations().snoozeUntilNextReply(conversationA.id(), bob));
    assertNotFound(() -> b.conversations().toggleStatus(conversationA.id(), bob));
    assertNotFound(() -> b.conversations().mute(conversationA.id(), bob));
    assertNotFound(() -> b.conversations().unmute(conversationA.id(), bob));
    assertNotFound(() -> b.conversations().unassign(conversationA.id(), bob));
    assertNotFound(() -> b.conversations().removeTeam(conversationA.id(), bob));
    assertNotFound(() -> b.conversations().setPriority(conversationA.id(), Priority.URGENT, bob));
    assertNotFound(() -> b.conversations().removeLabels(conversationA.id(), List.of("vip"), bob));
    assertNotFound(() -> b.conversations().unsetCustomAttribute(conversationA.id(), "plan", bob));
    assertNotFound(() -> b.conversations().removeParticipant(conversationA.id(), aliceA.id(), bob));
    assertNotFound(() -> b.conversations().update(conversationA.id(), conversationA.version(),
        ConversationUpdate.builder().priority(Priority.LOW).build(), bob));

    Conversation unchanged = a.conversations().get(conversationA.id());
    assertThat(unchanged).isEqualTo(conversationA);
    assertThat(a.conversations().messages(conversationA.id())).hasSize(1);
    assertThat(a.contacts().get(contactA.id()).blocked()).isFalse();
  }

  @Test
  void aConversationCannotBeStartedWithAnInboxOrContactOfAnotherAccount() {
    assertInvalidInput(() -> b.conversations().create(NewConversation.builder(inboxA.id(), contactB.id()).build(),
        Actor.system()), "inbox", inboxA.id());
    assertInvalidInput(() -> b.conversations().create(NewConversation.builder(inboxB.id(), contactA.id()).build(),
        Actor.system()), "contact", contactA.id());
    assertThat(b.conversations().list(ConversationQuery.all()).total()).isEqualTo(1);
  }

  @Test
  void agentsAndTeamsOfAnotherAccountCannotBeAssignedOrAdded() {
    Actor bob = agentB();

    assertInvalidInput(() -> b.conversations().assign(conversationB.id(), aliceA.id(), bob), "assignee", aliceA.id());
    assertInvalidInput(() -> b.conversations().assignTeam(conversationB.id(), teamA.id(), bob), "team", teamA.id());
    assertInvalidInput(() -> b.conversations().addParticipant(conversationB.id(), aliceA.id(), bob), "participants",
        aliceA.id());
    assertThat(b.conversations().get(conversationB.id())).isEqualTo(conversationB);
  }

  @Test
  void anAgentOfAnotherAccountCannotPostAndAContactOnlyInItsOwnConversation() {
    assertInvalidInput(() -> b.conversations().reply(conversationB.id(), "hello", Actor.agent(aliceA.id())),
        "sender", aliceA.id());
    assertInvalidInput(() -> b.conversations().post(conversationB.id(),
        io.konversio.core.conversation.NewMessage.incoming("hi"), Actor.contact(contactA.id())), "sender",
        Actor.contact(contactA.id()));
    assertThat(b.conversations().messages(conversationB.id())).hasSize(1);
  }

  @Test
  void aMentionOfAnAgentOrTeamOfAnotherAccountIsIgnored() {
    long before = a.notifications().unreadCount(aliceA.id());

    Conversation after = noteAndGet(b, conversationB, "[@Alice](mention://user/" + aliceA.id() + "/Alice) and "
        + "[@Billing](mention://team/" + teamA.id() + "/Billing)");

    assertThat(after.participants()).doesNotContain(aliceA.id());
    assertThat(a.notifications().unreadCount(aliceA.id())).isEqualTo(before);
    assertThat(b.notifications().list(aliceA.id()).items()).isEmpty();
  }

  @Test
  void queriesSearchAndCountsSeeOnlyTheirOwnAccount() {
    assertThat(b.conversations().list(ConversationQuery.all()).items()).extracting(Conversation::id)
        .containsExactly(conversationB.id());
    assertThat(b.conversations().list(ConversationQuery.builder().text("acme").build()).total()).isZero();
    assertThat(b.conversations().list(ConversationQuery.builder().text("secret invoice").build()).total()).isZero();
    assertThat(b.conversations().list(ConversationQuery.builder().inboxes(inboxA.id()).build()).total()).isZero();
    assertThat(b.conversations().list(ConversationQuery.builder().teams(teamA.id()).build()).total()).isZero();
    assertThat(b.conversations().list(ConversationQuery.builder().labelsAny("vip").build()).total()).isZero();
    assertThat(b.conversations().list(ConversationQuery.builder().assignee(AssigneeFilter.agent(aliceA.id()))
        .build()).total()).isZero();
    assertThat(b.conversations().list(ConversationQuery.builder().assignee(AssigneeFilter.mine()).build(),
        aliceA.id()).total()).isZero();
    assertThat(b.conversations().counts(ConversationQuery.all(), aliceA.id()))
        .isEqualTo(new ConversationCounts(0, 1, 0, 1));
    assertThat(a.conversations().counts(ConversationQuery.all(), aliceA.id()))
        .isEqualTo(new ConversationCounts(1, 0, 1, 1));
  }

  @Test
  void savedFiltersOfAnotherAccountAreInvisible() {
    assertThat(b.savedFilters().find(filterA.id())).isEmpty();
    assertNotFound(() -> b.savedFilters().get(filterA.id()));
    assertNotFound(() -> b.savedFilters().run(filterA.id()));
    assertNotFound(() -> b.savedFilters().run(filterA.id(), 0, 10));
    assertNotFound(() -> b.savedFilters().delete(filterA.id()));
    assertThat(b.savedFilters().list(aliceA.id())).isEmpty();
    assertInvalidInput(() -> b.savedFilters().save(aliceA.id(), "Sneaky", ConversationQuery.all()), "owner",
        aliceA.id());
    assertThat(a.savedFilters().list(aliceA.id())).containsExactly(filterA);
    assertThat(a.savedFilters().run(filterA.id()).items()).extracting(Conversation::id)
        .containsExactly(conversationA.id());
  }

  @Test
  void notificationsOfAnotherAccountAreInvisibleAndCannotBeRead() {
    long unread = a.notifications().unreadCount(aliceA.id());

    assertThat(b.notifications().list(aliceA.id()).items()).isEmpty();
    assertThat(b.notifications().unreadCount(aliceA.id())).isZero();
    assertNotFound(() -> b.notifications().markRead(notificationA.id()));
    assertThat(b.notifications().markAllRead(aliceA.id())).isZero();
    assertThat(a.notifications().unreadCount(aliceA.id())).isEqualTo(unread).isPositive();
  }

  @Test
  void aBulkActionThroughAnotherAccountFailsForEachForeignConversation() {
    BulkResult result = b.bulk().resolve(List.of(conversationA.id(), conversationB.id()), agentB());

    assertThat(result.items().get(0).succeeded()).isFalse();
    assertThat(result.items().get(0).failure()).hasValueSatisfying(r -> assertThat(r).contains("not found"));
    assertThat(result.items().get(1).succeeded()).isTrue();
    assertThat(a.conversations().get(conversationA.id())).isEqualTo(conversationA);
  }

  @Test
  void theSameEmailMayBelongToAnAgentOfEachAccount() {
    Agent twin = b.agents().create("Alice Twin", aliceA.email().toUpperCase(java.util.Locale.ROOT),
        AgentRole.AGENT);

    assertThat(twin.email()).isEqualTo(aliceA.email());
    assertThat(twin.accountId()).isEqualTo(b.accountId());
  }

  @Test
  void snoozedWorkOfOneAccountWakesOnlyItsOwnConversation() {
    b.conversations().snoozeUntil(conversationB.id(), fx.clock().instant().plus(Duration.ofHours(1)), agentB());
    a.conversations().snoozeUntilNextReply(conversationA.id(), Actor.agent(aliceA.id()));

    fx.advance(Duration.ofHours(2));
    fx.konversio().runDueWork();

    assertThat(b.conversations().get(conversationB.id()).status())
        .isEqualTo(io.konversio.core.conversation.ConversationStatus.OPEN);
    assertThat(a.conversations().get(conversationA.id()).status())
        .isEqualTo(io.konversio.core.conversation.ConversationStatus.SNOOZED);
  }

  private Actor agentB() {
    return Actor.agent(bobB.id());
  }

  private Conversation noteAndGet(Desk desk, Conversation c, String note) {
    desk.conversations().note(c.id(), note, Actor.agent(bobB.id()));
    return desk.conversations().get(c.id());
  }
}
