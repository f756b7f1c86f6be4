package io.konversio.core.store.memory;

import io.konversio.core.account.AccountId;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessageId;
import io.konversio.core.spi.MessageStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class MemoryMessages implements MessageStore {
  private final MemoryData data;
  private final Journal journal;

  MemoryMessages(MemoryData data, Journal journal) {
    this.data = data;
    this.journal = journal;
  }

  @Override
  public void insert(Message message) {
    journal.putNew(data.messages, message.id().value(), message, "message");
    List<Message> list = data.messagesByConversation.get(message.conversationId().value());
    if (list == null) {
      list = new ArrayList<>();
      journal.put(data.messagesByConversation, message.conversationId().value(), list);
    }
    journal.add(list, message);
  }

  @Override
  public Optional<Message> find(AccountId account, MessageId id) {
    return Optional.ofNullable(data.messages.get(id.value())).filter(m -> m.accountId().equals(account));
  }

  @Override
  public List<Message> list(AccountId account, ConversationId conversation) {
    return data.messagesByConversation.getOrDefault(conversation.value(), List.of()).stream()
        .filter(m -> m.accountId().equals(account))
        .sorted(Comparator.comparing(Message::createdAt).thenComparing(Message::id)).toList();
  }
}
