package io.konversio.rules.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.Actor;
import io.konversio.core.Desk;
import io.konversio.core.Konversio;
import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import io.konversio.rules.Automation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A rule's send_webhook_event action reaches a real HTTP receiver through {@link Webhooks}. */
class AutomationWebhooksEndToEndTest {

    @Test
    void aRuleWebhookIsSignedAndDeliveredOnTheNextDueWorkRun() {
        try (LocalReceiver receiver = new LocalReceiver()) {
            Webhooks webhooks = Webhooks.builder()
                    .secrets(account -> "acme-secret".getBytes(StandardCharsets.UTF_8))
                    .allowHosts("127.0.0.1")
                    .build();
            Automation automation = Automation.builder().webhooks(webhooks).build();
            Konversio konversio = Konversio.builder().extension(webhooks).extension(automation).build();
            Desk desk = konversio.desk(konversio.accounts().create("Acme").id());
            Inbox inbox = desk.inboxes().create("Support", ChannelType.EMAIL);
            automation.rules(desk).create("""
                    {"name": "Tell billing about refunds", "event_name": "message_created",
                     "conditions": [{"attribute_key": "content", "filter_operator": "contains",
                                     "values": ["refund"], "query_operator": null}],
                     "actions": [{"action_name": "send_webhook_event", "action_params": ["%s"]}]}
                    """.formatted(receiver.url("/hooks/billing")));
            Contact ada = desk.contacts().create(NewContact.builder("Ada").build());

            desk.conversations().create(NewConversation.builder(inbox.id(), ada.id())
                    .message("I would like a REFUND please").build(), Actor.contact(ada.id()));
            assertThat(receiver.received()).isEmpty();
            konversio.runDueWork();

            assertThat(receiver.received()).singleElement().satisfies(r -> {
                assertThat(r.path()).isEqualTo("/hooks/billing");
                assertThat(r.header("X-Konversio-Event")).isEqualTo("automation_event.message_created");
                assertThat(r.header("X-Konversio-Signature")).startsWith("sha256=");
                assertThat(r.body()).contains("I would like a REFUND please");
            });
            assertThat(webhooks.deliveries(desk.accountId().value(), 0, 10).items())
                    .extracting(WebhookDelivery::outcome).containsExactly(WebhookDelivery.Outcome.DELIVERED);
        }
    }
}
