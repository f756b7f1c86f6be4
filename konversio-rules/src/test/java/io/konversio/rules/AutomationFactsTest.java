package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.attribute.AttributeModel;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.Conversation;
import io.konversio.core.conversation.ConversationUpdate;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.conversation.NewMessage;
import io.konversio.core.conversation.Priority;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What rules see of core's events: contact fields, attributes, changes, status triggers, business hours. */
class AutomationFactsTest {
    private final AutomationFixture f = new AutomationFixture();

    private void labelWhen(RuleEvent event, ConditionNode... conditions) {
        f.rules.create(AutomationRule.builder().name("label").event(event).allOf(conditions)
                .action(RuleAction.of(ActionType.ADD_LABEL, "vip")).build());
    }

    private Conversation startFor(Contact contact, NewConversation.Builder more) {
        return f.desk.conversations().create(more.build(), Actor.contact(contact.id()));
    }

    @Test
    void contactFieldsComeFromTheContactAndItsAdditionalAttributes() {
        f.desk.customAttributes().define(AttributeModel.CONTACT, "tier", "Tier",
                io.konversio.core.attribute.AttributeType.TEXT);
        labelWhen(RuleEvent.CONVERSATION_CREATED,
                Condition.of("email", Operator.CONTAINS, "@example.com"),
                Condition.of("phone_number", Operator.STARTS_WITH, "+49"),
                Condition.of("city", Operator.EQUAL_TO, "berlin"),
                Condition.of("country_code", Operator.EQUAL_TO, "DE"),
                Condition.of("company", Operator.EQUAL_TO, "Acme GmbH"),
                Condition.custom(CustomAttributeModel.CONTACT, "tier", Operator.EQUAL_TO, "gold"));
        Contact ada = f.desk.contacts().create(NewContact.builder("Ada").email("ada@example.com")
                .phoneNumber("+49 30 1234").additionalAttribute("city", "Berlin")
                .additionalAttribute("country_code", "DE").additionalAttribute("company", "Acme GmbH")
                .customAttribute("tier", "gold").build());
        Contact bob = f.desk.contacts().create(NewContact.builder("Bob").email("bob@example.com")
                .phoneNumber("+49 30 9999").additionalAttribute("city", "Hamburg").build());

        Conversation yes = startFor(ada, NewConversation.builder(f.email.id(), ada.id()));
        Conversation no = startFor(bob, NewConversation.builder(f.email.id(), bob.id()));

        assertThat(f.get(yes.id()).labels()).containsExactly("vip");
        assertThat(f.get(no.id()).labels()).isEmpty();
    }

    @Test
    void channelAndCustomAttributesOfTheConversation() {
        f.desk.customAttributes().define(AttributeModel.CONVERSATION, "order_total", "Order total",
                io.konversio.core.attribute.AttributeType.NUMBER);
        labelWhen(RuleEvent.CONVERSATION_CREATED,
                Condition.of("browser_language", Operator.EQUAL_TO, "de"),
                Condition.of("referer", Operator.CONTAINS, "/pricing"),
                Condition.custom(CustomAttributeModel.CONVERSATION, "order_total", Operator.IS_GREATER_THAN, "100"));
        Contact ada = f.contact("Ada");
        Conversation big = startFor(ada, NewConversation.builder(f.chat.id(), ada.id())
                .additionalAttribute("browser_language", "de")
                .additionalAttribute("referer", "https://acme.test/pricing?x=1")
                .customAttribute("order_total", new BigDecimal("150.00")));
        Conversation small = startFor(ada, NewConversation.builder(f.chat.id(), ada.id())
                .additionalAttribute("browser_language", "de")
                .additionalAttribute("referer", "https://acme.test/pricing")
                .customAttribute("order_total", new BigDecimal("99")));
        assertThat(f.get(big.id()).labels()).containsExactly("vip");
        assertThat(f.get(small.id()).labels()).isEmpty();
    }

    @Test
    void attributeChangedSeesTheUpdatesFromAndTo() {
        f.desk.customAttributes().defineList(AttributeModel.CONVERSATION, "plan", "Plan",
                List.of("free", "gold"));
        labelWhen(RuleEvent.CONVERSATION_UPDATED,
                new Condition("plan", Operator.ATTRIBUTE_CHANGED, List.of(),
                        new AttributeChange(List.of("nil", "free"), List.of("gold")), CustomAttributeModel.CONVERSATION));
        Conversation c = f.start(f.email, "Ada", "");
        Actor alice = Actor.agent(f.alice.id());

        f.desk.conversations().setCustomAttribute(c.id(), "plan", "free", alice);
        assertThat(f.get(c.id()).labels()).isEmpty();
        f.desk.conversations().setCustomAttribute(c.id(), "plan", "gold", alice);
        assertThat(f.get(c.id()).labels()).containsExactly("vip");
    }

    @Test
    void aDecimalAttributeChangesOnlyWhenItsNumberDoes() {
        f.desk.customAttributes().define(AttributeModel.CONVERSATION, "order_total", "Order total",
                io.konversio.core.attribute.AttributeType.NUMBER);
        labelWhen(RuleEvent.CONVERSATION_UPDATED, new Condition("order_total", Operator.ATTRIBUTE_CHANGED, List.of(),
                new AttributeChange(List.of("5"), List.of("7.50")), CustomAttributeModel.CONVERSATION));
        f.rules.create(AutomationRule.builder().name("any update").event(RuleEvent.CONVERSATION_UPDATED)
                .action(RuleAction.of(ActionType.ADD_PRIVATE_NOTE, "updated")).build());
        Conversation c = f.start(f.email, "Ada", "");
        Actor alice = Actor.agent(f.alice.id());

        f.desk.conversations().setCustomAttribute(c.id(), "order_total", new BigDecimal("5"), alice);
        f.desk.conversations().setCustomAttribute(c.id(), "order_total", new BigDecimal("5.00"), alice);
        assertThat(f.automated(c.id())).as("5 -> 5.00 is no update").containsExactly("updated");
        assertThat(f.get(c.id()).labels()).isEmpty();
        f.desk.conversations().setCustomAttribute(c.id(), "order_total", new BigDecimal("7.5"), alice);
        assertThat(f.automated(c.id())).containsExactly("updated", "updated");
        assertThat(f.get(c.id()).labels()).as("5.00 -> 7.5 is 5 -> 7.50").containsExactly("vip");
    }

    @Test
    void assigneeChangedFromNobodyAndPriorityFromNone() {
        labelWhen(RuleEvent.CONVERSATION_UPDATED,
                Condition.changed("assignee_id", List.of("nil"), List.of(Long.toString(f.alice.id().value()))),
                Condition.changed("priority", List.of("nil"), List.of("high")));
        Conversation c = f.start(f.email, "Ada", "");
        f.desk.conversations().update(c.id(), ConversationUpdate.builder().assignee(f.alice.id())
                .priority(Priority.HIGH).build(), Actor.agent(f.bob.id()));
        assertThat(f.get(c.id()).labels()).containsExactly("vip");
    }

    @Test
    void priorityChangedFromNoneMatchesWhetherTheRuleSaysNoneOrNil() {
        labelWhen(RuleEvent.CONVERSATION_UPDATED, Condition.changed("priority", List.of("none"), List.of("low")));
        f.rules.create(AutomationRule.builder().name("nil").event(RuleEvent.CONVERSATION_UPDATED)
                .allOf(Condition.changed("priority", List.of("nil"), List.of("low")))
                .action(RuleAction.of(ActionType.ADD_LABEL, "refund")).build());
        Conversation c = f.start(f.email, "Ada", "");
        f.desk.conversations().setPriority(c.id(), Priority.LOW, Actor.agent(f.alice.id()));
        assertThat(f.get(c.id()).labels()).containsExactly("refund", "vip");
    }

    @Test
    void anUpdateOfOnlyParticipantsIsNoConversationUpdatedTrigger() {
        labelWhen(RuleEvent.CONVERSATION_UPDATED);
        Conversation c = f.start(f.email, "Ada", "");
        f.desk.conversations().addParticipant(c.id(), f.alice.id(), Actor.agent(f.alice.id()));
        assertThat(f.get(c.id()).labels()).isEmpty();
        f.desk.conversations().setPriority(c.id(), Priority.LOW, Actor.agent(f.alice.id()));
        assertThat(f.get(c.id()).labels()).containsExactly("vip");
    }

    @Test
    void resolvedAndOpenedAreStatusChangesToThoseStatuses() {
        f.rules.create(AutomationRule.builder().name("bye").event(RuleEvent.CONVERSATION_RESOLVED)
                .action(RuleAction.of(ActionType.SEND_MESSAGE, "bye")).build());
        f.rules.create(AutomationRule.builder().name("back").event(RuleEvent.CONVERSATION_OPENED)
                .action(RuleAction.of(ActionType.SEND_MESSAGE, "welcome back")).build());
        f.rules.create(AutomationRule.builder().name("any").event(RuleEvent.CONVERSATION_STATUS_CHANGED)
                .allOf(Condition.changed("status", List.of(), List.of("pending")))
                .action(RuleAction.of(ActionType.ADD_PRIVATE_NOTE, "pending now")).build());
        Conversation c = f.start(f.email, "Ada", "");
        Actor alice = Actor.agent(f.alice.id());
        f.desk.conversations().resolve(c.id(), alice);
        f.desk.conversations().receive(c.id(), "one more thing"); // reopens
        f.desk.conversations().markPending(c.id(), alice);
        assertThat(f.automated(c.id())).containsExactly("bye", "welcome back", "pending now");
    }

    @Test
    void businessHoursInsideWhenTheEventHappensDuringOpeningTimes() {
        labelWhen(RuleEvent.MESSAGE_CREATED, Condition.of("business_hours", Operator.EQUAL_TO, "inside"));
        Conversation c = f.start(f.chat, "Ada", "Monday morning");
        assertThat(f.get(c.id()).labels()).containsExactly("vip");
        Conversation d = f.start(f.email, "Bob", "no schedule in this inbox");
        assertThat(f.get(d.id()).labels()).isEmpty();
    }

    @Test
    void activityLinesAndAutoRepliesTriggerNoRule() {
        labelWhen(RuleEvent.MESSAGE_CREATED);
        Conversation c = f.start(f.email, "Ada", "");
        f.desk.conversations().post(c.id(), NewMessage.activity("Alice joined"), Actor.system());
        f.desk.conversations().post(c.id(), NewMessage.incoming("Out of office").withAttributes(
                java.util.Map.of("auto_reply", "true")), Actor.contact(c.contactId()));
        assertThat(f.get(c.id()).labels()).isEmpty();
        f.desk.conversations().post(c.id(), NewMessage.note("a note counts"), Actor.agent(f.alice.id()));
        assertThat(f.get(c.id()).labels()).containsExactly("vip");
    }

    @Test
    void aConversationMarkedAsAutoReplyIsNoCreatedTrigger() {
        labelWhen(RuleEvent.CONVERSATION_CREATED);
        Contact ada = f.contact("Ada");
        Conversation c = startFor(ada, NewConversation.builder(f.email.id(), ada.id())
                .additionalAttribute("auto_reply", "true"));
        assertThat(f.get(c.id()).labels()).isEmpty();
    }
}
