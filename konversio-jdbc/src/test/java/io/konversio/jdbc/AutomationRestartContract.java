package io.konversio.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.Konversio;
import io.konversio.core.MutableClock;
import io.konversio.core.account.Account;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.core.inbox.InboxSettings;
import io.konversio.rules.Automation;
import io.konversio.rules.AutomationRule;
import io.konversio.rules.RuleId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Automation rules kept by {@link JdbcStore#ruleStore()}: created through one Konversio, still there and firing
 * in a new Konversio and Automation on the same database; one subclass per database.
 */
abstract class AutomationRestartContract {
  private static final String REFUND_RULE = """
      {"name": "Refunds to billing", "description": "label «refund» mails — 退款",
       "event_name": "message_created",
       "conditions": [{"attribute_key": "content", "filter_operator": "contains", "values": ["refund"]}],
       "actions": [{"action_name": "add_label", "action_params": ["billing"]}]}
      """;

  private final List<JdbcStore> stores = new CopyOnWriteArrayList<>();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));

  protected abstract Backend backend();

  @AfterEach
  void closeStores() {
    stores.forEach(JdbcStore::close);
  }

  private record Node(Konversio konversio, Automation automation) {
  }

  private Node start(String database) {
    return start(database, Duration.ofSeconds(5));
  }

  private Node start(String database, Duration refresh) {
    JdbcStore store = backend().open(database);
    stores.add(store);
    Automation automation = Automation.builder().ruleStore(store.ruleStore()).ruleRefreshInterval(refresh).build();
    Konversio konversio = Konversio.builder().clock(clock).store(store).extension(automation).build();
    return new Node(konversio, automation);
  }

  private static Conversation refundRequest(Desk desk, Inbox inbox, Contact ada) {
    return desk.conversations().create(NewConversation.builder(inbox.id(), ada.id())
        .message("I would like a refund, please").build(), Actor.contact(ada.id()));
  }

  @Test
  void aRuleCreatedThroughAutomationSurvivesARestartAndFires() {
    String database = backend().newDatabase();
    Node first = start(database);
    Account acme = first.konversio().accounts().create("Acme");
    Desk desk = first.konversio().desk(acme.id());
    Inbox inbox = desk.inboxes().create("Support", ChannelType.EMAIL, InboxSettings.defaults());
    Contact ada = desk.contacts().create(NewContact.builder("Ada Lovelace").email("ada@example.com").build());
    desk.labels().create("billing");
    AutomationRule created = first.automation().rules(desk).create(REFUND_RULE);
    RuleId id = created.id().orElseThrow();
    Conversation before = refundRequest(desk, inbox, ada);
    assertThat(desk.conversations().get(before.id()).labels()).containsExactly("billing");
    first.konversio().close();

    Node second = start(database);
    Desk again = second.konversio().desk(acme.id());
    assertThat(second.automation().rules(again).list()).containsExactly(created);
    assertThat(second.automation().rules(again).get(id).description()).isEqualTo("label «refund» mails — 退款");
    Conversation after = refundRequest(again, inbox, ada);
    assertThat(again.conversations().get(after.id()).labels()).containsExactly("billing");
  }

  @Test
  void movingDeletingAndSwitchingOffRulesIsWhatANewNodeSees() {
    String database = backend().newDatabase();
    Node first = start(database);
    Account acme = first.konversio().accounts().create("Acme");
    Desk desk = first.konversio().desk(acme.id());
    desk.labels().create("billing");
    AutomationRule a = first.automation().rules(desk).create(REFUND_RULE.replace("Refunds to billing", "a"));
    AutomationRule b = first.automation().rules(desk).create(REFUND_RULE.replace("Refunds to billing", "b"));
    AutomationRule c = first.automation().rules(desk).create(REFUND_RULE.replace("Refunds to billing", "c"));
    first.automation().rules(desk).move(c.id().orElseThrow(), 0);
    first.automation().rules(desk).delete(a.id().orElseThrow());
    first.automation().rules(desk).disable(b.id().orElseThrow());
    first.konversio().close();

    Node second = start(database);
    List<AutomationRule> rules = second.automation().rules(second.konversio().desk(acme.id())).list();
    assertThat(rules).extracting(AutomationRule::name).containsExactly("c", "b");
    assertThat(rules).extracting(AutomationRule::position).containsExactly(0, 1);
    assertThat(rules).extracting(AutomationRule::enabled).containsExactly(true, false);
  }

  /**
   * Two nodes on one database: a rule created, then switched off, through the first reaches the second's compiled
   * rules by itself (the second reads the store's revision of the account's rules on its events), without reload.
   */
  @Test
  void ruleChangesOnOneNodeReachTheOtherNodesCompiledRules() {
    String database = backend().newDatabase();
    Node first = start(database);
    Node second = start(database, Duration.ZERO);
    Account acme = first.konversio().accounts().create("Acme");
    Desk desk = first.konversio().desk(acme.id());
    Inbox inbox = desk.inboxes().create("Support", ChannelType.EMAIL, InboxSettings.defaults());
    Contact ada = desk.contacts().create(NewContact.builder("Ada Lovelace").email("ada@example.com").build());
    desk.labels().create("billing");
    Desk onSecond = second.konversio().desk(acme.id());
    Conversation beforeRule = refundRequest(onSecond, inbox, ada);
    assertThat(onSecond.conversations().get(beforeRule.id()).labels()).isEmpty();

    AutomationRule rule = first.automation().rules(desk).create(REFUND_RULE);
    Conversation afterRule = refundRequest(onSecond, inbox, ada);
    assertThat(onSecond.conversations().get(afterRule.id()).labels()).containsExactly("billing");

    first.automation().rules(desk).disable(rule.id().orElseThrow());
    Conversation afterDisable = refundRequest(onSecond, inbox, ada);
    assertThat(onSecond.conversations().get(afterDisable.id()).labels()).isEmpty();
  }
}
