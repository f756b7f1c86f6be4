package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.konversio.core.Actor;
import io.konversio.core.InvalidInputException;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationStatus;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.Priority;
import io.konversio.rules.spi.Email;
import io.konversio.rules.spi.WebhookRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every action, carried out through core's commands as the rule, on a real Konversio. */
class AutomationActionsTest {
    private final AutomationFixture f = new AutomationFixture();

    /** Creates a rule that runs the actions when a conversation is created, then starts one. */
    private Conversation onCreate(RuleAction... actions) {
        AutomationRule.Builder b = AutomationRule.builder().name("on create").event(RuleEvent.CONVERSATION_CREATED);
        for (RuleAction a : actions) {
            b.action(a);
        }
        f.rules.create(b.build());
        return f.start(f.email, "Ada", "Hello, I need help");
    }

    private EvaluationResult result(Conversation c) {
        return f.fired(c.id()).get(0);
    }

    @Test
    void assignAgentAndTeamAndUnassignWithNil() {
        Conversation c = onCreate(RuleAction.of(ActionType.ASSIGN_TEAM, f.billing.id().value()),
                RuleAction.of(ActionType.ASSIGN_AGENT, f.bob.id().value()));
        assertThat(f.get(c.id()).teamId()).contains(f.billing.id());
        assertThat(f.get(c.id()).assigneeId()).contains(f.bob.id());

        f.rules.create(AutomationRule.builder().name("unassign on resolve").event(RuleEvent.CONVERSATION_RESOLVED)
                .action(RuleAction.of(ActionType.ASSIGN_AGENT, "nil"))
                .action(RuleAction.of(ActionType.ASSIGN_TEAM, 0L)).build());
        f.desk.conversations().resolve(c.id(), Actor.agent(f.bob.id()));
        assertThat(f.get(c.id()).assigneeId()).isEmpty();
        assertThat(f.get(c.id()).teamId()).isEmpty();
    }

    @Test
    void theRuleIsTheActorOfItsChanges() {
        List<io.konversio.core.event.DomainEvent> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        AutomationFixture g = new AutomationFixture(AutomationLimits.defaults(), b -> b.listener(seen::add));
        AutomationRule same = g.rules.create(AutomationRule.builder().name("vip")
                .event(RuleEvent.CONVERSATION_CREATED).action(RuleAction.of(ActionType.ADD_LABEL, "vip")).build());
        g.start(g.email, "Ada", "");
        assertThat(seen).filteredOn(e -> e instanceof io.konversio.core.event.LabelAdded).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(Actor.automation(same.id().orElseThrow().value())));
    }

    @Test
    void addAndRemoveLabels() {
        Conversation c = onCreate(RuleAction.of(ActionType.ADD_LABEL, "vip", "Billing"),
                RuleAction.of(ActionType.REMOVE_LABEL, "vip"));
        assertThat(f.get(c.id()).labels()).containsExactly("billing");
    }

    @Test
    void sendMessageAndPrivateNoteWithPlaceholders() {
        Conversation c = onCreate(RuleAction.of(ActionType.ASSIGN_AGENT, f.alice.id().value()),
                RuleAction.of(ActionType.SEND_MESSAGE,
                        "Hi {{contact.name}}, {{agent.name}} has #{{conversation.id}} in {{inbox.name}}{{unknown.x}}"),
                RuleAction.of(ActionType.ADD_PRIVATE_NOTE, "Customer {{ contact.name }} ({{contact.email}}) at {{account.name}}"));
        List<Message> automated = f.messages(c.id()).stream().filter(m -> m.sender().isAutomation()).toList();
        assertThat(automated).extracting(Message::content).containsExactly(
                "Hi Ada, Alice has #" + c.displayId() + " in Support Email{{unknown.x}}",
                "Customer Ada () at Acme");
        assertThat(automated.get(0).privateNote()).isFalse();
        assertThat(automated.get(1).privateNote()).isTrue();
        assertThat(automated).allSatisfy(m -> assertThat(m.attributes()).containsKey("automation_rule_id"));
    }

    @Test
    void aPlaceholderValueIsInsertedAsPlainTextNeverExpandedAgain() {
        io.konversio.core.contact.Contact evil = f.desk.contacts().create(io.konversio.core.contact.NewContact
                .builder("{{agent.name}} \"); System.exit(1); //").build());
        f.rules.create(AutomationRule.builder().name("hello").event(RuleEvent.CONVERSATION_CREATED)
                .action(RuleAction.of(ActionType.SEND_MESSAGE, "Hi {{contact.name}}")).build());
        Conversation c = f.desk.conversations().create(io.konversio.core.conversation.NewConversation
                .builder(f.email.id(), evil.id()).build(), Actor.contact(evil.id()));
        assertThat(f.automated(c.id())).containsExactly("Hi {{agent.name}} \"); System.exit(1); //");
    }

    @Test
    void emailToTeamGoesToEveryMemberOnce() {
        Conversation c = onCreate(RuleAction.of(ActionType.SEND_EMAIL_TO_TEAM, Map.of(
                "team_ids", List.of(f.billing.id().value()), "message", "New conversation #{{conversation.id}}")));
        assertThat(f.emails).singleElement().satisfies(e -> {
            assertThat(e.to()).containsExactlyInAnyOrder("alice@acme.test", "bob@acme.test");
            assertThat(e.subject()).isEqualTo("This email has been sent via automation rule actions.");
            assertThat(e.body()).isEqualTo("New conversation #" + c.displayId());
        });
    }

    @Test
    void emailToATeamWithoutMembersFailsAndSaysWhy() {
        Conversation c = onCreate(RuleAction.of(ActionType.SEND_EMAIL_TO_TEAM, Map.of(
                "team_ids", List.of(f.sales.id().value()), "message", "hi")));
        assertThat(f.emails).isEmpty();
        assertThat(result(c).failedActions()).singleElement().satisfies(a ->
                assertThat(a.cause()).get().extracting(Throwable::getMessage).asString().contains("no members"));
    }

    @Test
    void emailTranscriptHoldsWhatTheContactSawButNoNotes() {
        f.rules.create(AutomationRule.builder().name("transcript").event(RuleEvent.CONVERSATION_RESOLVED)
                .action(RuleAction.of(ActionType.SEND_EMAIL_TRANSCRIPT, "ada@example.com, boss@example.com")).build());
        Conversation c = f.start(f.email, "Ada", "My invoice is wrong");
        f.desk.conversations().note(c.id(), "internal: check the ledger", Actor.agent(f.alice.id()));
        f.desk.conversations().reply(c.id(), "Fixed it!", Actor.agent(f.alice.id()));
        f.desk.conversations().resolve(c.id(), Actor.agent(f.alice.id()));

        Email email = f.emails.get(0);
        assertThat(email.to()).containsExactly("ada@example.com", "boss@example.com");
        assertThat(email.subject()).isEqualTo("Conversation transcript #" + c.displayId());
        assertThat(email.body()).contains("Ada:\nMy invoice is wrong").contains("Alice:\nFixed it!")
                .doesNotContain("ledger");
    }

    @Test
    void webhookEventCarriesEventConversationMessageAndRule() throws Exception {
        AutomationRule rule = f.rules.create(AutomationRule.builder().name("hook").event(RuleEvent.MESSAGE_CREATED)
                .allOf(Condition.of("message_type", Operator.EQUAL_TO, "incoming"))
                .action(RuleAction.of(ActionType.ADD_LABEL, "vip"))
                .action(RuleAction.of(ActionType.SEND_WEBHOOK_EVENT, "https://hooks.example.com/konversio")).build());
        Conversation c = f.start(f.email, "Ada", "Where is my order?");

        WebhookRequest request = f.webhooks.get(0);
        assertThat(request.url()).isEqualTo("https://hooks.example.com/konversio");
        assertThat(request.eventName()).isEqualTo("automation_event.message_created");
        assertThat(request.ruleId()).isEqualTo(rule.id().orElseThrow().value());
        assertThat(request.accountId()).isEqualTo(f.desk.accountId().value());
        JsonNode payload = new ObjectMapper().readTree(request.payloadJson());
        assertThat(payload.path("event").asText()).isEqualTo("automation_event.message_created");
        assertThat(payload.path("rule").path("name").asText()).isEqualTo("hook");
        assertThat(payload.path("conversation").path("id").asLong()).isEqualTo(c.displayId());
        assertThat(payload.path("conversation").path("labels").get(0).asText()).isEqualTo("vip");
        assertThat(payload.path("conversation").path("contact").path("name").asText()).isEqualTo("Ada");
        assertThat(payload.path("message").path("content").asText()).isEqualTo("Where is my order?");
        assertThat(payload.path("message").path("message_type").asText()).isEqualTo("incoming");
    }

    @Test
    void withoutAMailerOrWebhookSenderThoseActionsFailAndTheOthersRun() {
        List<EvaluationResult> results = new java.util.concurrent.CopyOnWriteArrayList<>();
        Automation automation = Automation.builder().listener(results::add).build();
        io.konversio.core.Konversio k = io.konversio.core.Konversio.builder().extension(automation).build();
        io.konversio.core.Desk desk = k.desk(k.accounts().create("Solo").id());
        desk.labels().create("vip");
        io.konversio.core.inbox.Inbox inbox = desk.inboxes().create("Api", io.konversio.core.inbox.ChannelType.API);
        automation.rules(desk).create(AutomationRule.builder().name("all").event(RuleEvent.CONVERSATION_CREATED)
                .action(RuleAction.of(ActionType.SEND_EMAIL_TRANSCRIPT, "a@example.com"))
                .action(RuleAction.of(ActionType.SEND_WEBHOOK_EVENT, "https://example.com/h"))
                .action(RuleAction.of(ActionType.ADD_LABEL, "vip")).build());
        io.konversio.core.contact.Contact ada = desk.contacts().create(
                io.konversio.core.contact.NewContact.builder("Ada").build());
        Conversation c = desk.conversations().create(io.konversio.core.conversation.NewConversation
                .builder(inbox.id(), ada.id()).build(), Actor.contact(ada.id()));

        assertThat(desk.conversations().get(c.id()).labels()).containsExactly("vip");
        assertThat(results.get(0).failedActions()).extracting(a -> a.cause().orElseThrow().getMessage())
                .containsExactly("no mailer configured: Automation.builder().mailer(...)",
                        "no webhook sender configured: Automation.builder().webhooks(...)");
    }

    @Test
    void aFailingActionIsReportedAndTheOtherActionsAndRulesRun() {
        Conversation c = onCreate(RuleAction.of(ActionType.ASSIGN_AGENT, f.carol.id().value()), // not in the inbox
                RuleAction.of(ActionType.ADD_LABEL, "vip"),
                RuleAction.of(ActionType.SEND_MESSAGE, "hello"));
        f.rules.create(AutomationRule.builder().name("second rule").event(RuleEvent.CONVERSATION_CREATED)
                .action(RuleAction.of(ActionType.ADD_PRIVATE_NOTE, "second")).build());
        Conversation d = f.start(f.email, "Grace", "");

        assertThat(f.get(c.id()).assigneeId()).isEmpty();
        assertThat(f.get(c.id()).labels()).containsExactly("vip");
        assertThat(f.automated(c.id())).containsExactly("hello");
        EvaluationResult result = result(c);
        assertThat(result.failedActions()).singleElement().satisfies(a -> {
            assertThat(a.action().action().name()).isEqualTo("assign_agent");
            assertThat(a.cause()).get().isInstanceOf(InvalidInputException.class);
        });
        assertThat(result.actions()).extracting(ActionRecord::outcome).containsExactly(
                ActionRecord.Outcome.FAILED, ActionRecord.Outcome.DONE, ActionRecord.Outcome.DONE);
        assertThat(f.automated(d.id())).containsExactly("hello", "second");
        assertThat(f.fired(d.id()).get(0).failedActions()).hasSize(1);
    }

    @Test
    void muteResolvesAndBlocksTheContact() {
        Conversation c = onCreate(RuleAction.of(ActionType.MUTE_CONVERSATION));
        assertThat(f.get(c.id()).status()).isEqualTo(ConversationStatus.RESOLVED);
        assertThat(f.desk.contacts().get(c.contactId()).blocked()).isTrue();
    }

    @Test
    void snoozeUntilTheNextReplyOrForADuration() {
        Conversation untilReply = onCreate(RuleAction.of(ActionType.SNOOZE_CONVERSATION));
        assertThat(f.get(untilReply.id()).isSnoozedUntilNextReply()).isTrue();

        f.rules.delete(f.rules.list().get(0).id().orElseThrow());
        Conversation twoHours = onCreate(RuleAction.of(ActionType.SNOOZE_CONVERSATION, "PT2H"));
        assertThat(f.get(twoHours.id()).snoozedUntil()).contains(f.clock.instant().plus(Duration.ofHours(2)));
        f.clock.advance(Duration.ofHours(2));
        f.konversio.runDueWork();
        assertThat(f.get(twoHours.id()).status()).isEqualTo(ConversationStatus.OPEN);
    }

    @Test
    void resolveOpenAndChangeStatus() {
        Conversation c = onCreate(RuleAction.of(ActionType.RESOLVE_CONVERSATION));
        assertThat(f.get(c.id()).status()).isEqualTo(ConversationStatus.RESOLVED);
        f.rules.create(AutomationRule.builder().name("reopen").event(RuleEvent.CONVERSATION_RESOLVED)
                .allOf(Condition.of("labels", Operator.EQUAL_TO, "vip"))
                .action(RuleAction.of(ActionType.OPEN_CONVERSATION))
                .action(RuleAction.of(ActionType.CHANGE_STATUS, "pending")).build());
        f.desk.conversations().open(c.id(), Actor.agent(f.alice.id()));
        f.desk.conversations().addLabels(c.id(), List.of("vip"), Actor.agent(f.alice.id()));
        f.desk.conversations().resolve(c.id(), Actor.agent(f.alice.id()));
        assertThat(f.get(c.id()).status()).isEqualTo(ConversationStatus.PENDING);
    }

    @Test
    void changePriorityAndClearItWithNil() {
        Conversation c = onCreate(RuleAction.of(ActionType.CHANGE_PRIORITY, "urgent"));
        assertThat(f.get(c.id()).priority()).isEqualTo(Priority.URGENT);
        f.rules.create(AutomationRule.builder().name("clear").event(RuleEvent.CONVERSATION_RESOLVED)
                .action(RuleAction.of(ActionType.CHANGE_PRIORITY, "nil")).build());
        f.desk.conversations().resolve(c.id(), Actor.agent(f.alice.id()));
        assertThat(f.get(c.id()).priority()).isEqualTo(Priority.NONE);
    }

    @Test
    void sendAttachmentFailsBecauseKonversioStoresNoAttachments() {
        Conversation c = onCreate(RuleAction.of(ActionType.SEND_ATTACHMENT, 5L), RuleAction.of(ActionType.ADD_LABEL,
                "vip"));
        assertThat(result(c).failedActions()).singleElement().satisfies(a ->
                assertThat(a.cause()).get().isInstanceOf(UnsupportedOperationException.class));
        assertThat(f.get(c.id()).labels()).containsExactly("vip");
    }
}
