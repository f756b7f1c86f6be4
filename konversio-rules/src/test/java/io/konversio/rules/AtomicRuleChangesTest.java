package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.Konversio;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A change to several rules is one store write: when the store fails midway, the rules stay as they were. */
class AtomicRuleChangesTest {
    private final FailingRuleStore store = new FailingRuleStore();
    private final Automation automation = Automation.builder().ruleStore(store).build();
    private final Konversio konversio = Konversio.builder().extension(automation).build();
    private final Desk desk = konversio.desk(konversio.accounts().create("Acme").id());
    private final AutomationRules rules = automation.rules(desk);
    private List<AutomationRule> before;

    @BeforeEach
    void threeRules() {
        for (String name : List.of("a", "b", "c")) {
            rules.create(AutomationRule.builder().name(name).event(RuleEvent.CONVERSATION_CREATED)
                    .action(RuleAction.of(ActionType.ADD_PRIVATE_NOTE, name)).build());
        }
        before = rules.list();
        store.failAfter(1);
    }

    private RuleId id(int index) {
        return before.get(index).id().orElseThrow();
    }

    /** The rules are as they were, and they still run in their old order. */
    private void unchanged() {
        assertThat(rules.list()).isEqualTo(before);
        Inbox inbox = desk.inboxes().create("Api", ChannelType.API);
        Contact ada = desk.contacts().create(NewContact.builder("Ada").build());
        Conversation c = desk.conversations().create(NewConversation.builder(inbox.id(), ada.id()).build(),
                Actor.contact(ada.id()));
        assertThat(desk.conversations().messages(c.id())).filteredOn(m -> m.sender().isAutomation())
                .extracting(Message::content).containsExactly("a", "b", "c");
    }

    @Test
    void aStoreFailureMidwayThroughAMoveLeavesTheOrderAsItWas() {
        assertThatThrownBy(() -> rules.move(id(2), 0)).isInstanceOf(IllegalStateException.class);
        unchanged();
    }

    @Test
    void aStoreFailureMidwayThroughADeleteKeepsTheRuleAndTheNumbering() {
        assertThatThrownBy(() -> rules.delete(id(0))).isInstanceOf(IllegalStateException.class);
        unchanged();
    }

    @Test
    void aStoreFailureMidwayThroughACloneStoresNoCopy() {
        assertThatThrownBy(() -> rules.clone(id(0))).isInstanceOf(IllegalStateException.class);
        unchanged();
    }

    @Test
    void aStoreFailureMidwayThroughAnImportStoresNoneOfTheRules() {
        String json = """
            [{"name": "d", "event_name": "conversation_created", "actions": [{"action_name": "add_private_note", "action_params": ["d"]}]},
             {"name": "e", "event_name": "conversation_created", "actions": [{"action_name": "add_private_note", "action_params": ["e"]}]}]
            """;
        assertThatThrownBy(() -> rules.importJson(json)).isInstanceOf(IllegalStateException.class);
        unchanged();
    }
}
