package io.konversio.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.konversio.core.event.DomainEvent;
import io.konversio.core.spi.Extension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtensionTest {
  @Test
  void anExtensionAddsItsListenerAndIsStartedBeforeAnyEvent() {
    List<String> seen = new ArrayList<>();
    Extension extension = new Extension() {
      @Override
      public void configure(Konversio.Builder builder) {
        builder.listener(DispatchStage.AUTOMATION, (DomainEvent e) -> seen.add("event " + e.name()));
      }

      @Override
      public void started(Konversio konversio) {
        seen.add("started");
      }
    };
    Konversio konversio = Konversio.builder().extension(extension).build();
    Desk desk = konversio.desk(konversio.accounts().create("Acme").id());
    desk.inboxes().create("Support", io.konversio.core.inbox.ChannelType.API);
    assertThat(seen).containsExactly("started");
  }

  @Test
  void anExtensionCannotBeInstalledTwice() {
    Extension extension = builder -> { };
    Konversio.Builder builder = Konversio.builder().extension(extension);
    assertThatThrownBy(() -> builder.extension(extension)).isInstanceOf(IllegalArgumentException.class);
  }
}
