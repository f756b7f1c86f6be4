package io.konversio.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.konversio.core.contact.Contact;
import io.konversio.core.contact.NewContact;
import io.konversio.core.conversation.NewConversation;
import io.konversio.core.event.DomainEvent;
import io.konversio.core.event.EventListener;
import io.konversio.core.inbox.ChannelType;
import io.konversio.core.inbox.Inbox;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveredHookTest {
  @Test
  void everyListenerHearsOfAnEventsDeliveryAfterAllListenersSawItAndBeforeTheNextEvent() {
    List<String> log = new ArrayList<>();
    Konversio[] holder = new Konversio[1];
    EventListener recorder = new EventListener() {
      @Override
      public void onEvent(DomainEvent event) {
        log.add("automation saw " + event.name());
      }

      @Override
      public void delivered(DomainEvent event) {
        log.add("delivered " + event.name());
      }
    };
    Konversio konversio = Konversio.builder()
        .listener(DispatchStage.AUTOMATION, recorder)
        .listener(event -> {
          log.add("host saw " + event.name());
          if (event instanceof io.konversio.core.event.ConversationCreated created) {
            // a reaction: its events are stored now and delivered after this event's delivery
            holder[0].desk(created.accountId()).conversations()
                .addLabels(created.conversationId(), List.of("vip"), Actor.system());
          }
        })
        .build();
    holder[0] = konversio;
    Desk desk = konversio.desk(konversio.accounts().create("Acme").id());
    desk.labels().create("vip");
    Inbox inbox = desk.inboxes().create("Support", ChannelType.API);
    Contact ada = desk.contacts().create(NewContact.builder("Ada").build());

    desk.conversations().create(NewConversation.builder(inbox.id(), ada.id()).build(), Actor.contact(ada.id()));

    assertThat(log).startsWith("automation saw conversation_created", "host saw conversation_created",
        "delivered conversation_created", "automation saw conversation_updated");
    assertThat(log).contains("delivered label_added");
  }
}
