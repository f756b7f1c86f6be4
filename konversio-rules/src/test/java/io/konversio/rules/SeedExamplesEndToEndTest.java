package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessageType;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed article's four example rules, in Chatwoot's payload form, firing on a real Konversio. */
class SeedExamplesEndToEndTest {
    private final AutomationFixture f = new AutomationFixture();
    private List<AutomationRule> seed;

    @BeforeEach
    void importTheSeedRules() {
        seed = f.rules.importJson("""
            [
              {"name": "Assign by inbox", "event_name": "conversation_created", "active": true,
               "conditions": [{"attribute_key": "inbox_id", "filter_operator": "equal_to", "values": [%d],
                               "query_operator": null, "custom_attribute_type": ""}],
               "actions": [{"action_name": "assign_team", "action_params": [%d]}]},
              {"name": "Label by keyword", "event_name": "message_created", "active": true,
               "conditions": [{"attribute_key": "content", "filter_operator": "contains", "values": ["refund"],
                               "query_operator": "AND", "custom_attribute_type": ""},
                              {"attribute_key": "message_type", "filter_operator": "equal_to", "values": ["incoming"],
                               "query_operator": null, "custom_attribute_type": ""}],
               "actions": [{"action_name": "add_label", "action_params": ["billing"]}]},
              {"name": "Welcome message", "event_name": "conversation_created", "active": true,
               "conditions": [{"attribute_key": "inbox_id", "filter_operator": "equal_to", "values": [%d],
                               "query_operator": null, "custom_attribute_type": ""}],
               "actions": [{"action_name": "send_message",
                            "action_params": ["Hi {{contact.name}}, thanks for reaching out to {{inbox.name}}!"]}]},
              {"name": "Out-of-hours reply", "event_name": "conversation_created", "active": true,
               "conditions": [{"attribute_key": "business_hours", "filter_operator": "equal_to", "values": ["outside"],
                               "query_operator": null, "custom_attribute_type": ""}],
               "actions": [{"action_name": "send_message",
                            "action_params": ["We're closed right now; we reply within one business day."]}]}
            ]
            """.formatted(f.email.id().value(), f.billing.id().value(), f.chat.id().value()));
    }

    @Test
    void theRulesAreStoredInTheirOrder() {
        assertThat(f.rules.list()).extracting(AutomationRule::name)
                .containsExactly("Assign by inbox", "Label by keyword", "Welcome message", "Out-of-hours reply");
        assertThat(f.rules.list()).extracting(AutomationRule::position).containsExactly(0, 1, 2, 3);
        assertThat(seed).isEqualTo(f.rules.list());
    }

    @Test
    void aConversationInTheEmailInboxGoesToTheBillingTeam() {
        Conversation c = f.start(f.email, "Ada", "Hello");
        assertThat(f.get(c.id()).teamId()).contains(f.billing.id());
        assertThat(f.fired(c.id())).hasSize(1);
        assertThat(f.fired(c.id()).get(0).matchedRules()).containsExactly(seed.get(0).id().orElseThrow());
    }

    @Test
    void aMessageMentioningARefundIsLabelledBilling() {
        Conversation c = f.start(f.email, "Ada", "Hello");
        assertThat(f.get(c.id()).labels()).isEmpty();
        f.desk.conversations().receive(c.id(), "Can I get a REFUND for order 12?");
        assertThat(f.get(c.id()).labels()).containsExactly("billing");
    }

    @Test
    void anAgentsReplyMentioningARefundIsNotLabelled() {
        Conversation c = f.start(f.email, "Ada", "Hello");
        f.desk.conversations().reply(c.id(), "No refund, sorry", io.konversio.core.Actor.agent(f.alice.id()));
        assertThat(f.get(c.id()).labels()).isEmpty();
    }

    @Test
    void aLiveChatConversationGetsAWelcomeMessageDuringBusinessHours() {
        Conversation c = f.start(f.chat, "Grace", "Hi there");
        List<Message> automated = f.messages(c.id()).stream().filter(m -> m.sender().isAutomation()).toList();
        assertThat(automated).extracting(Message::content)
                .containsExactly("Hi Grace, thanks for reaching out to Live Chat!");
        Message welcome = automated.get(0);
        assertThat(welcome.type()).isEqualTo(MessageType.OUTGOING);
        assertThat(welcome.privateNote()).isFalse();
        assertThat(welcome.attributes()).containsEntry("automation_rule_id",
                Long.toString(seed.get(2).id().orElseThrow().value()));
    }

    @Test
    void aLiveChatConversationCreatedOutsideBusinessHoursGetsTheOutOfHoursReplyToo() {
        f.clock.set(AutomationFixture.SATURDAY_10);
        Conversation c = f.start(f.chat, "Grace", "Anyone there?");
        assertThat(f.automated(c.id())).containsExactly("Hi Grace, thanks for reaching out to Live Chat!",
                "We're closed right now; we reply within one business day.");
    }

    @Test
    void anInboxWithoutBusinessHoursIsNeverOutOfHours() {
        f.clock.set(AutomationFixture.SATURDAY_10);
        Conversation c = f.start(f.email, "Ada", "Weekend question");
        assertThat(f.automated(c.id())).isEmpty();
        assertThat(f.get(c.id()).teamId()).contains(f.billing.id());
    }
}
