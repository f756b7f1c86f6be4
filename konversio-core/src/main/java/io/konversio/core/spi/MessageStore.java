package io.konversio.core.spi;

import io.konversio.core.account.AccountId;
import io.konversio.core.conversation.ConversationId;
import io.konversio.core.conversation.Message;
import io.konversio.core.conversation.MessageId;
import java.util.List;
import java.util.Optional;

/** Stores messages. */
public interface MessageStore {
  void insert(Message message);

  Optional<Message> find(AccountId account, MessageId id);

  /** The conversation's messages in order of creation (then id). */
  List<Message> list(AccountId account, ConversationId conversation);
}
